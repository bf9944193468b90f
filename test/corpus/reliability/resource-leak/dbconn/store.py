import contextlib
import sqlite3

DB = "app.db"
shared = sqlite3.connect(DB, check_same_thread=False)


def count_users():
    with contextlib.closing(sqlite3.connect(DB)) as conn:
        # ok: reliability/resource-leak
        cur = conn.cursor()
        cur.execute("SELECT count(*) FROM users")
        return cur.fetchone()[0]


def list_orders(user_id):
    conn = sqlite3.connect(DB)
    try:
        # ok: reliability/resource-leak
        cur = conn.cursor()
        cur.execute("SELECT id FROM orders WHERE user_id = ?", (user_id,))
        return [r[0] for r in cur.fetchall()]
    finally:
        conn.close()


def last_login(user_id):
    # expect: reliability/resource-leak
    conn = sqlite3.connect(DB)
    # ok: reliability/resource-leak
    cur = conn.cursor()
    cur.execute("SELECT ts FROM logins WHERE user_id = ? ORDER BY ts DESC", (user_id,))
    return cur.fetchone()


def open_db():
    # ok: reliability/resource-leak
    conn = sqlite3.connect(DB)
    conn.row_factory = sqlite3.Row
    return conn


def shared_rows():
    # expect: reliability/resource-leak
    cur = shared.cursor()
    cur.execute("SELECT 1")
    return cur.fetchall()
