"""Polls the weather API every minute and stores the readings."""
import json
import logging
import time
import urllib.request

import requests as rq

log = logging.getLogger(__name__)
BASE = "https://weather.example.net/v2"
TIMEOUT = (3, 15)


class Client:
    def __init__(self, token):
        self.http = rq.Session()
        self.http.headers["Authorization"] = f"Bearer {token}"

    def current(self, station):
        # expect: reliability/http-no-timeout
        return self.http.get(f"{BASE}/stations/{station}/current").json()

    def history(self, station, day):
        # ok: reliability/http-no-timeout
        return self.http.get(f"{BASE}/stations/{station}/history/{day}", timeout=TIMEOUT).json()


def alerts():
    # expect: reliability/http-no-timeout
    resp = rq.request("GET", f"{BASE}/alerts")
    resp.raise_for_status()
    return resp.json()


def upload(readings):
    # expect: reliability/http-no-timeout
    rq.put(f"{BASE}/upload", data=json.dumps(readings), headers={"content-type": "application/json"})


def upload_ok(readings):
    # ok: reliability/http-no-timeout
    rq.put(f"{BASE}/upload", data=json.dumps(readings), timeout=TIMEOUT)


def legacy():
    # expect: reliability/http-no-timeout
    with urllib.request.urlopen(f"{BASE}/legacy.json") as fh:
        return json.load(fh)


def legacy_positional_timeout():
    # ok: reliability/http-no-timeout
    with urllib.request.urlopen(f"{BASE}/legacy.json", None, 20) as fh:
        return json.load(fh)


def settings_lookup(settings):
    # ok: reliability/http-no-timeout
    return settings.get("station", "default")


def main():
    c = Client("t")
    while True:
        try:
            log.info("reading %s", c.current("s1"))
        except rq.RequestException:
            log.exception("poll failed")
        time.sleep(60)
