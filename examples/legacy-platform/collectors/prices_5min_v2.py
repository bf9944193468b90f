"""Rewrite of the spot-price collector with zone metadata (started in March, never switched over)."""
import os
import time
from datetime import datetime

import psycopg2
import requests

FEED_URL = 'http://10.40.2.30:9100/api/v1/spot/5m'
ZONES_URL = 'http://10.40.2.30:9100/api/v1/zones'
INTERVAL = 300


def fetch():
    r = requests.get(FEED_URL, timeout=10)
    r.raise_for_status()
    return r.json()['data']


def fetch_zones():
    r = requests.get(ZONES_URL, timeout=10)
    r.raise_for_status()
    return {z['id']: z for z in r.json()['zones']}


def store(conn, rows, zones):
    with conn.cursor() as cur:
        for zone, row in rows.items():
            cur.execute(
                'INSERT INTO spot_prices_5min (ts, zone, region, price_eur_mwh, volume_mwh) VALUES (%s, %s, %s, %s, %s)',
                (datetime.utcnow(), zone, zones.get(zone, {}).get('region'), row['price'], row['volume']),
            )
    conn.commit()


def run():
    conn = psycopg2.connect(host=os.environ['DB_HOST'], dbname='platform', user='collector', password=os.environ['DB_PASS'])
    zones = fetch_zones()
    while True:
        started = time.time()
        store(conn, fetch(), zones)
        time.sleep(max(0, INTERVAL - (time.time() - started)))
