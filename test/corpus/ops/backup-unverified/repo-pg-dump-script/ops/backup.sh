#!/bin/bash
set -euo pipefail
cd /var/backups
pg_dump -h db -U app app > "app-$(date +%F).sql"
