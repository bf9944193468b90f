#!/usr/bin/env bash
set -euo pipefail

# expect: security/tls-verify-disabled
wget --no-check-certificate -qO /tmp/agent.tgz "https://artifacts.internal/agent-${AGENT_VERSION}.tgz"
# expect: security/tls-verify-disabled
curl --insecure -sS -o /tmp/config.json "https://config.internal/v1/${ENVIRONMENT}"
# expect: security/tls-verify-disabled
git config --global http.sslVerify false
# expect: security/tls-verify-disabled
export GIT_SSL_NO_VERIFY=1

# ok: security/tls-verify-disabled
curl -fsS --retry 3 https://config.internal/healthz
# ok: security/tls-verify-disabled
kubectl apply -k overlays/production
# ok: security/tls-verify-disabled
# curl -k https://localhost:8443/debug
# ok: security/tls-verify-disabled
sort -k2,2 -t, report.csv > sorted.csv
