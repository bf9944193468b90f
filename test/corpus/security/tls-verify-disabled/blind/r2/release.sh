#!/usr/bin/env bash
set -euo pipefail
# expect: security/tls-verify-disabled
curl -sk "https://nexus.internal/service/rest/v1/status"
# expect: security/tls-verify-disabled
helm repo add internal https://charts.internal --insecure-skip-tls-verify
# expect: security/tls-verify-disabled
podman push --tls-verify=false "registry.internal/app:${TAG}"
# ok: security/tls-verify-disabled
ssh -k deploy@bastion true
# ok: security/tls-verify-disabled
git -c http.sslVerify=true fetch origin
