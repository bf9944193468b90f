#!/usr/bin/env python
"""Polls the price feed every five minutes: a shebang and a main guard, but a worker's loop."""
import time

import requests

FEED_URL = "https://feed.example.com/api/v1/prices"


def main():
    while True:
        # A polling worker, not a one-shot script: reported.
        # expect: reliability/http-no-retry
        rows = requests.get(FEED_URL, timeout=10).json()
        store(rows)
        time.sleep(300)


def store(rows):
    return rows


if __name__ == "__main__":
    main()
