#!/usr/bin/env python
"""Refreshes data/blocklist.txt; run by hand or by a scheduled CI job, whose next run is the retry."""
import requests

URL = "https://lists.example.org/blocklist.txt"


def main():
    # A python shebang and a main guard: a command-line program, not reported.
    # ok: reliability/http-no-retry
    text = requests.get(URL, timeout=60).text
    with open("data/blocklist.txt", "w", encoding="utf8") as f:
        f.write(text)


if __name__ == "__main__":
    main()
