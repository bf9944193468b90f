#!/usr/bin/env bash
set -Eeuo pipefail
trap 'echo "failed at line $LINENO" >&2' ERR
psql "$DATABASE_URL" -c 'REINDEX DATABASE app'
psql "$DATABASE_URL" -c 'VACUUM ANALYZE'
