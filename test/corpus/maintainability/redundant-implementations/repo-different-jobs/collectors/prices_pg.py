INSERT = "insert into prices values (%s)"


def upsert(conn, rows):
    return conn
