#!/usr/bin/env python3
import json

import requests


def main():
    data = requests.get("https://api.league.example.org/v3/calendar?season=2026").json()
    print(json.dumps(data))


if __name__ == "__main__":
    main()
