from common.db import pool


def get(i):
    conn = pool.getconn()
    pool.putconn(conn)
