#!/bin/bash
set -euo pipefail
OUT="/srv/backups/crm-$(date +%F).sql.gz"
# ok: security/insecure-file-permissions
mysqldump crm | gzip > "$OUT"
chmod 600 "$OUT"
