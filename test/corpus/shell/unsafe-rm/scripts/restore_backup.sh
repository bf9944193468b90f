#!/bin/bash
set -euo pipefail

: "${PGDATA:?PGDATA must point at the data directory}"
BACKUP_FILE="${1:?usage: restore_backup.sh FILE}"
STAGING=$(mktemp -d)
trap 'rm -rf "$STAGING"' EXIT

systemctl stop postgresql
# ok: shell/unsafe-rm
rm -rf "$PGDATA"/*
tar -xzf "$BACKUP_FILE" -C "$STAGING"
cp -a "$STAGING"/. "$PGDATA"/
# ok: shell/unsafe-rm
rm -rf "$STAGING/tmp"
systemctl start postgresql
