#!/usr/bin/env bash
source "$(dirname "$0")/_loose.sh"
gunzip -c "$RESTORE_DIR/latest.sql.gz" | psql app
systemctl restart app
