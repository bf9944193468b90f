#!/bin/sh
set -eu
umask 077
OUT="/srv/backups/app-$(date +%F).sql"
# ok: security/insecure-file-permissions
pg_dumpall -U postgres > "$OUT"
