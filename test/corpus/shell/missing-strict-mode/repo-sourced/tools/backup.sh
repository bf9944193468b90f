#!/usr/bin/env bash
TARGET="${1:-}"
source "$(dirname "$0")/_common.sh"
pg_dump app | gzip > "$BACKUP_DIR/app-$TARGET.sql.gz"
ls -l "$BACKUP_DIR"
