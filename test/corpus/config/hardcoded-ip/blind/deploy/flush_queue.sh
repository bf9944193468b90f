#!/usr/bin/env bash
set -euo pipefail
# expect: config/hardcoded-ip
redis-cli -h 10.12.0.7 -p 6379 DEL orders:pending
# expect: config/hardcoded-ip
ssh ops@52.47.201.9 'sudo systemctl restart orders-worker'
# ok: config/hardcoded-ip
curl -fsS http://127.0.0.1:8000/healthz
# ok: config/hardcoded-ip
pip install "orders-client==3.2.0.4"
