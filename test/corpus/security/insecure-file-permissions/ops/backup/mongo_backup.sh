#!/bin/sh
set -eu
umask 0077
OUT=/var/backups/mongo/$(date +%F)
# ok: security/insecure-file-permissions
mongodump --uri "$MONGO_URI" --gzip --archive="$OUT.archive"
# ok: security/insecure-file-permissions
tar -czf "/var/backups/config-backup-$(date +%F).tgz" /etc/mongod.conf
