import os
import psycopg2


def store_conn():
    return psycopg2.connect(
        host=os.environ.get("DB_HOST"),
        port=5432,
        dbname="market",
        user="collector",
    )
