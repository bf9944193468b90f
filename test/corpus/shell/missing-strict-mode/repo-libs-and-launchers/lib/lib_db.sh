#!/usr/bin/env bash
# Database helpers, sourced by ./manage (shebang for editors only).

[[ -z "${DB_URL}" ]] && DB_URL="postgres://localhost/app"

if [[ -z "${MIGRATIONS}" ]]; then
    MIGRATIONS="./migrations"
fi

db.migrate() {
    psql "$DB_URL" -f "$MIGRATIONS/schema.sql"
    psql "$DB_URL" -f "$MIGRATIONS/seed.sql"
}

db.dump() {
    pg_dump "$DB_URL" | gzip > dump.sql.gz
}
