"""Search engine backed by PostgreSQL: one connection opened at init, reused for the life of the process."""
import psycopg2

_connection = None
_cache = None


def init(engine_settings):
    global _connection  # pylint: disable=global-statement
    # ok: reliability/resource-leak
    _connection = psycopg2.connect(dbname=engine_settings["database"], host=engine_settings["host"])


def init_cache(path):
    global _cache
    # ok: reliability/resource-leak
    _cache = open(path, "a")


def search(query):
    # expect: reliability/resource-leak
    conn = psycopg2.connect(dbname="search")
    cur = conn.cursor()
    cur.execute("SELECT title FROM docs WHERE body @@ %s", (query,))
    return cur.fetchall()
