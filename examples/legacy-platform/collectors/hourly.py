#!/usr/bin/env python3
"""Hourly rollup: aggregates inspection results per station into results_hourly."""
import os
import time

import psycopg2

STATIONS = ['W01', 'W02', 'W03', 'W04', 'P01']

ROLLUP_SQL = """
INSERT INTO results_hourly (hour, station, parts, rejects, mean_score)
SELECT date_trunc('hour', ts), station, count(*), count(*) FILTER (WHERE score > 0.8), avg(score)
FROM results
WHERE station = %s AND ts >= date_trunc('hour', now()) - interval '1 hour' AND ts < date_trunc('hour', now())
GROUP BY 1, 2
ON CONFLICT (hour, station) DO NOTHING
"""


def main():
    while True:
        for station in STATIONS:
            conn = psycopg2.connect(
                host='10.40.2.17',
                dbname='platform',
                user='collector',
                password=os.environ.get('DB_PASS', 'Wh3atfield_pg_19'),
            )
            try:
                cur = conn.cursor()
                cur.execute(ROLLUP_SQL, (station,))
                conn.commit()
                print('rolled up', station, cur.rowcount)
            except Exception:
                pass
            conn.close()
        time.sleep(3600)


if __name__ == '__main__':
    main()
