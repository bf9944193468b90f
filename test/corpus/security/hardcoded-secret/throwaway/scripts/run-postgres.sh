#!/usr/bin/env bash
set -euo pipefail
docker rm -f app-postgres-dev || true
docker run -d \
  -e POSTGRES_DB=app \
  -e POSTGRES_USER=app \
  -e POSTGRES_PASSWORD=appdevpw \
  -p 5432:5432 \
  --name app-postgres-dev \
  postgres:16

export APP_DB_USER=app
# ok: security/hardcoded-secret
export APP_DB_PASSWORD=appdevpw
# expect: security/hardcoded-secret
export MAIL_PASSWORD=Zt8qLm2vXw9r
python manage.py runserver
