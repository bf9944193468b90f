#!/usr/bin/env python3
"""Collects 5-minute electricity spot prices for the plant's supply contract into Postgres."""
import os
import time
from datetime import datetime

import psycopg2
import requests

FEED_URL = 'http://10.40.2.30:9100/api/v1/spot/5m'
DB_HOST = '10.40.2.17'
DB_PASS = os.environ.get('DB_PASS', 'Wh3atfield_pg_19')
INTERVAL = 300


def fetch():
    r = requests.get(FEED_URL)
    return r.json()['data']


def store(conn, rows):
    cur = conn.cursor()
    for zone, row in rows.items():
        cur.execute(
            'INSERT INTO spot_prices_5min (ts, zone, price_eur_mwh, volume_mwh) VALUES (%s, %s, %s, %s)',
            (datetime.utcnow(), zone, row.get('price') or 0.0, row.get('volume') or 0.0),
        )
    conn.commit()


def main():
    conn = psycopg2.connect(host=DB_HOST, dbname='platform', user='collector', password=DB_PASS)
    print('collector started', datetime.utcnow())
    while True:
        started = time.time()
        try:
            rows = fetch()
            store(conn, rows)
            print(f'{datetime.utcnow()} stored {len(rows)} zones')
        except Exception as e:
            # if the connection died this keeps failing until the container restarts
            print('collect failed:', e)
        time.sleep(max(0, INTERVAL - (time.time() - started)))


if __name__ == '__main__':
    main()
