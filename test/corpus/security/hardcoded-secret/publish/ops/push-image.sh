#!/bin/bash
set -euo pipefail
IMAGE=registry.internal/shop/web:${GIT_SHA:?}

# ok: security/hardcoded-secret
echo "$REGISTRY_TOKEN" | docker login -u ci --password-stdin registry.internal
# expect: security/hardcoded-secret
docker login -u deploy -p Depl0yPush2024 registry.internal
docker push "$IMAGE"

# ok: security/hardcoded-secret
redis-cli -h cache.internal -a "$REDIS_PASSWORD" DEL "page:/"
# expect: security/hardcoded-secret
redis-cli -h cache.internal -a Cach3Flush! FLUSHDB
