import psycopg2

DB_CONFIG = {
    "host": "db.internal",
    "port": 5432,
    "dbname": "platform",
    "user": "platform",
}


def get_connection(sql):
    with psycopg2.connect(**DB_CONFIG) as conn:
        return conn.cursor().execute(sql)
