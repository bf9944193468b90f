#!/usr/bin/env bash
set -euo pipefail
# Not a local container: the password is the production database's.
# expect: security/hardcoded-secret
export APP_DB_PASSWORD=appdevpw
psql "host=db.prod.internal user=app password=$APP_DB_PASSWORD" -f migrate.sql
