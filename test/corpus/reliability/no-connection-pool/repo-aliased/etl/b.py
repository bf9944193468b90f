from psycopg2 import connect


def rows():
    with connect(DSN) as c:
        return c.cursor().fetchall()
