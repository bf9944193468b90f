"""A data provider: `query()` serves requests; `refresh_catalogue()` rebuilds its static data offline."""
import logging

import requests

log = logging.getLogger(__name__)

BASE_URL = "https://api.weather.example/v2"


def query(city):
    log.info("weather for %s", city)
    return requests.get(f"{BASE_URL}/now", params={"q": city}, timeout=5).json()


def refresh_catalogue(catalogue):
    for row in requests.get(f"{BASE_URL}/stations", timeout=30).json():
        if row["id"] in catalogue:
            # Only the maintenance script below calls this function: its print is that script's output.
            # expect: observability/print-logging
            print("duplicate station %s" % row["id"])
            continue
        catalogue[row["id"]] = row
