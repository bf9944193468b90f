"""Counts players per world every five minutes."""
import time

import psycopg2
import requests


def get_db_connection():
    conn = psycopg2.connect(host=DB_HOST, dbname="game", user="collector", password=DB_PASS)
    conn.autocommit = True
    return conn


def world_ids():
    conn = get_db_connection()
    try:
        with conn.cursor() as cur:
            cur.execute("select id from worlds")
            return [r[0] for r in cur.fetchall()]
    finally:
        conn.close()


def last_seen(world):
    conn = get_db_connection()
    try:
        with conn.cursor() as cur:
            cur.execute("select max(ts) from player_counts where world = %s", (world,))
            return cur.fetchone()[0]
    finally:
        conn.close()


def collect():
    counts = requests.get(API, timeout=10).json()
    for world, players in counts.items():
        # expect: reliability/connection-in-loop
        conn = get_db_connection()
        with conn.cursor() as cur:
            cur.execute("insert into player_counts values (%s, %s, now())", (world, players))
        conn.close()


def report():
    for world in world_ids():
        # ok: reliability/connection-in-loop
        print(world, last_seen(world))


if __name__ == "__main__":
    while True:
        collect()
        time.sleep(300)
