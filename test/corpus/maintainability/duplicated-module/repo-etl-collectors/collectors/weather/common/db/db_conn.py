import os
import time

import psycopg2
from psycopg2.extras import RealDictCursor

DSN = os.environ.get("WAREHOUSE_DSN", "dbname=warehouse host=db user=etl")


def connect(retries=5, delay=2.0):
    last = None
    for attempt in range(retries):
        try:
            conn = psycopg2.connect(DSN, cursor_factory=RealDictCursor)
            conn.autocommit = False
            return conn
        except psycopg2.OperationalError as exc:
            last = exc
            time.sleep(delay * (attempt + 1))
    raise RuntimeError(f"warehouse unreachable after {retries} attempts") from last
