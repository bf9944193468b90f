# Helpers for the backup scripts: `. ops/pg-lib.sh` from bin/backup-db.sh.
[ -n "${PG_LIB_LOADED:-}" ] && return 0
PG_LIB_LOADED=1
PGHOST=${PGHOST:-db.internal}
export PGHOST
pg_ready() {
  pg_isready -h "$PGHOST" -q
}
command -v pg_dump >/dev/null || echo "pg_dump not installed" >&2
