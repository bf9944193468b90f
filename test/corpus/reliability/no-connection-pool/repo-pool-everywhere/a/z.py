from common.db import pool


def get():
    conn = pool.getconn()
    pool.putconn(conn)
