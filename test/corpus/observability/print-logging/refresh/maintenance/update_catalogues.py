#!/usr/bin/env python
"""Rebuilds the providers' static catalogues; run by hand or by a scheduled CI job."""
import json

from app.providers import weather


def main():
    catalogue = {}
    weather.refresh_catalogue(catalogue)
    # A shebang and a main guard: a command-line program, its progress output is its interface.
    # ok: observability/print-logging
    print("fetched %d stations" % len(catalogue))
    with open("data/stations.json", "w", encoding="utf8") as f:
        json.dump(catalogue, f)


if __name__ == "__main__":
    main()
