import sqlite3


def rows():
    return sqlite3.connect("local.db").execute("select 1").fetchall()
