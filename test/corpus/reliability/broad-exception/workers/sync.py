"""Synchronises orders from the shop API into the warehouse database."""
import logging
import time

import psycopg2
import requests

log = logging.getLogger("sync")


def fetch_orders(session, since):
    try:
        resp = session.get("https://shop.example.com/api/orders", params={"since": since}, timeout=10)
        resp.raise_for_status()
        return resp.json()["orders"]
    # ok: reliability/broad-exception
    except requests.RequestException as e:
        log.warning("shop API unavailable: %s", e)
        return []


def upsert(conn, orders):
    with conn.cursor() as cur:
        for o in orders:
            try:
                cur.execute("INSERT INTO orders VALUES (%s, %s) ON CONFLICT DO NOTHING", (o["id"], o["total"]))
            # expect: reliability/broad-exception
            except Exception as exc:
                log.error("skipping order %s: %s", o.get("id"), exc)
                conn.rollback()


def connect(dsn):
    for attempt in range(5):
        try:
            return psycopg2.connect(dsn)
        # ok: reliability/broad-exception
        except psycopg2.OperationalError:
            time.sleep(2 ** attempt)
    raise SystemExit("database unreachable")


def run_once(session, conn, since):
    try:
        orders = fetch_orders(session, since)
        upsert(conn, orders)
        return max((o["ts"] for o in orders), default=since)
    # ok: reliability/broad-exception
    except Exception:
        log.exception("sync round failed")
        return since


def parse_price(text):
    try:
        return float(text)
    # expect: reliability/broad-exception
    except Exception:
        return 0.0


def close(conn):
    try:
        conn.close()
    # ok: reliability/broad-exception
    except Exception:
        pass


def strict(conn):
    try:
        conn.commit()
    # ok: reliability/broad-exception
    except Exception:
        log.error("commit failed")
        raise


def report(msg):
    try:
        send(msg)
    # ok: reliability/broad-exception
    except ConnectionError as e:
        log.warning("report not sent: %s", e)


def batch(items):
    results = []
    for item in items:
        try:
            results.append(process(item))
        # expect: reliability/broad-exception
        except Exception as e:  # keep going, one bad item must not stop the batch
            results.append({"error": str(e)})
    return results


def cli():
    try:
        main()
    # ok: reliability/broad-exception
    except Exception as e:
        print(f"sync: {e}")
        raise SystemExit(2)


def wait_for_db(connect, log):
    while True:
        try:
            return connect()
        # ok: reliability/broad-exception
        except Exception as e:
            log.warning("database not ready: %s", e)
            time.sleep(1)


def round_quietly(session, since):
    try:
        return fetch_orders(session, since)
    # expect: reliability/broad-exception
    except Exception:
        log.critical("sync round failed", exc_info=None)
        return since
