#!/bin/bash
set -euo pipefail
# expect: config/hardcoded-ip
scp dist/app.tar.gz deploy@10.0.0.146:/srv/releases/
# ok: config/hardcoded-ip
curl -fsS "https://203.0.113.10/hooks/deployed"
