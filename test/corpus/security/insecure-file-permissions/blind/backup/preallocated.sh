#!/bin/bash
set -euo pipefail
OUT="/srv/backups/auth-$(date +%F).sql"
install -m 600 /dev/null "$OUT"
# ok: security/insecure-file-permissions
pg_dump auth >> "$OUT"
