#!/bin/bash
set -euo pipefail
# pg_dump app > /var/backups/app.sql  (moved to the managed service)
echo ok
