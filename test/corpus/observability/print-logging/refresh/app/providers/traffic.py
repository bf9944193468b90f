"""A data provider whose refresh also runs inside the service (the web app calls it on start)."""
import requests

BASE_URL = "https://api.traffic.example/v1"


def refresh_catalogue(catalogue):
    for row in requests.get(f"{BASE_URL}/roads", timeout=30).json():
        if row["id"] in catalogue:
            # Reached from the service too: still reported.
            # expect: observability/print-logging
            print("duplicate road %s" % row["id"])
            continue
        catalogue[row["id"]] = row
