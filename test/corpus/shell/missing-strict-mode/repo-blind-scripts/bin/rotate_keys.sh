#!/bin/bash
set -eo pipefail

NEW_KEY=$(openssl rand -hex 32)
vault kv put secret/app/signing key="$NEW_KEY"
kubectl rollout restart deployment/"$DEPLOYMENT" -n "$NAMESPACE"
