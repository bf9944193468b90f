#!/usr/bin/env bash
set -Eeuo pipefail
trap 'echo "reindex failed at line $LINENO" >&2' ERR

curl -fsS -X POST "$SEARCH_URL/_reindex" -H 'content-type: application/json' -d @reindex.json
curl -fsS "$SEARCH_URL/_cat/indices?v" | grep products
