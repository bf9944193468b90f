#!/usr/bin/env bash
set -euo pipefail
docker run -d -e POSTGRES_PASSWORD=shoplocal -p 5432:5432 postgres:16
export SHOP_DB_PASSWORD=shoplocal
# expect: security/hardcoded-secret
export SHOP_SUPERUSER_PASSWORD=admin
python manage.py runserver
