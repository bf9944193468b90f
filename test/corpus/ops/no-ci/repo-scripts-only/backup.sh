#!/usr/bin/env bash
set -euo pipefail
pg_dump "$DATABASE_URL" | gzip > "/backups/$(date +%F).sql.gz"
