#!/bin/bash
set -euo pipefail
out=/var/backups/app.sql.gz
pg_dump app | gzip > "$out"
gzip -t "$out"
