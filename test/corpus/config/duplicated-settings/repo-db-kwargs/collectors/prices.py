import os
import psycopg2


def open_db():
    return psycopg2.connect(
        host=os.environ.get("DB_HOST"),
        port=5432,
        dbname="market",
        user="collector",
    )
