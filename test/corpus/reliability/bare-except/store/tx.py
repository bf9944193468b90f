import logging

log = logging.getLogger(__name__)


def transfer(conn, src, dst, amount):
    cur = conn.cursor()
    try:
        cur.execute("UPDATE accounts SET balance = balance - %s WHERE id = %s", (amount, src))
        cur.execute("UPDATE accounts SET balance = balance + %s WHERE id = %s", (amount, dst))
        conn.commit()
    # Rolls back and hands the exception on: only the missing type is wrong.
    # expect: reliability/bare-except
    except:
        conn.rollback()
        raise


def best_effort_close(conn):
    try:
        conn.close()
    # expect: reliability/bare-except
    except:
        log.debug("close failed")
