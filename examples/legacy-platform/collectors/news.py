#!/usr/bin/env python3
"""Pulls supplier service notices (RSS) so the line dashboard can show planned outages."""
import os
import time
import xml.etree.ElementTree as ET

import psycopg2
import requests

NOTICES_URL = os.environ.get('NOTICES_URL', 'https://portal.steel-supplier.example/notices.rss')
DB_PASS = os.environ.get('DB_PASS', 'Wh3atfield_pg_19')


def fetch_items():
    # the portal still uses a self-signed certificate
    resp = requests.get(NOTICES_URL, verify=False)
    root = ET.fromstring(resp.content)
    for item in root.iter('item'):
        yield item.findtext('guid'), item.findtext('title'), item.findtext('pubDate')


def main():
    conn = psycopg2.connect(host='10.40.2.17', dbname='platform', user='collector', password=DB_PASS)
    while True:
        new = 0
        for guid, title, published in fetch_items():
            cur = conn.cursor()
            cur.execute(
                'INSERT INTO supplier_notices (guid, title, published) VALUES (%s, %s, %s) ON CONFLICT DO NOTHING',
                (guid, title, published),
            )
            new += cur.rowcount
        conn.commit()
        print('notices: %d new' % new)
        time.sleep(900)


if __name__ == '__main__':
    main()
