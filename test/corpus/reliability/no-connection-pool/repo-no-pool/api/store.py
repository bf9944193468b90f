import psycopg2


def store(rows):
    conn = psycopg2.connect(DSN)
    try:
        conn.cursor().executemany(SQL, rows)
        conn.commit()
    finally:
        conn.close()
