#!/usr/bin/env python3
"""One-off import of the season's fixtures into data/fixtures.json, run by hand."""
import json

import requests


def main():
    # A hand-run script with no polling loop: a hang is seen and interrupted at the terminal; an info notice.
    # expect: reliability/http-no-timeout
    res = requests.get("https://fixtures.example.org/v1/matches?season=2024")
    with open("data/fixtures.json", "w", encoding="utf8") as f:
        json.dump(res.json(), f)


if __name__ == "__main__":
    main()
