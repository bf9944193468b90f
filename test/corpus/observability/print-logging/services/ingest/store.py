import psycopg2


def store(event):
    conn = psycopg2.connect("")
    with conn, conn.cursor() as cur:
        cur.execute("INSERT INTO events VALUES (%s)", (event["id"],))
    # expect: observability/print-logging
    print("inserted", event["id"])
