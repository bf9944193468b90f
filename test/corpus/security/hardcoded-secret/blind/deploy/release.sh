#!/usr/bin/env bash
set -euo pipefail

# expect: security/hardcoded-secret
export AWS_ACCESS_KEY_ID="AKIA4QWZT7NXR2LMPV6D"
# expect: security/hardcoded-secret
export AWS_SECRET_ACCESS_KEY="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"

# expect: security/hardcoded-secret
DB_PASS="${DB_PASS:-Welcome2024!}"
# ok: security/hardcoded-secret
REGISTRY_TOKEN="${REGISTRY_TOKEN:?REGISTRY_TOKEN must be set}"
# ok: security/hardcoded-secret
API_TOKEN="$(vault kv get -field=token secret/shop/api)"

psql "postgresql://shop_app:${DB_PASS}@db.internal/shop" -c 'select 1'
# ok: security/hardcoded-secret
read -rsp "Vault password: " VAULT_PASSWORD
aws s3 cp dist/ "s3://acme-releases/$(git rev-parse --short HEAD)/" --recursive
