from psycopg2.extras import execute_values


def upsert_rows(conn, table, rows, key="id"):
    if not rows:
        return 0
    columns = sorted(rows[0].keys())
    updates = ", ".join(f"{c} = EXCLUDED.{c}" for c in columns if c != key)
    sql = (
        f"INSERT INTO {table} ({', '.join(columns)}) VALUES %s "
        f"ON CONFLICT ({key}) DO UPDATE SET {updates}"
    )
    values = [[row[c] for c in columns] for row in rows]
    with conn.cursor() as cur:
        execute_values(cur, sql, values, page_size=500)
    conn.commit()
    return len(values)
