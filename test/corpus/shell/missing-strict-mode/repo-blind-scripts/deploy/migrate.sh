#!/bin/bash -eu
set -o pipefail

alembic upgrade head
psql "$DATABASE_URL" -c 'select count(*) from alembic_version' | tail -n 1
