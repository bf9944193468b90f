import sqlite3

from sqlalchemy import create_engine

ENGINE = create_engine("postgresql://etl@db/warehouse", pool_size=5)


def open_db(path="warehouse.sqlite"):
    return sqlite3.connect(path)


def engine_connection():
    return ENGINE.connect()
