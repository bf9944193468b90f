#!/usr/bin/env bash
set -e
RESTORE_DIR=${RESTORE_DIR:-/var/backups/app}
