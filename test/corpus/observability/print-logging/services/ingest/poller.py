import time

import requests

FEED = "https://feeds.internal/events"


def fetch():
    return requests.get(FEED, timeout=5).json()


if __name__ == "__main__":
    while True:
        try:
            events = fetch()
            # expect: observability/print-logging
            print(f"fetched {len(events)} events")
        except requests.RequestException as e:
            print("feed unavailable:", e)
        time.sleep(30)
