#!/usr/bin/env python3
"""Polls live scores every minute and stores them: a long-running loop, even though it is a script."""
import time

import requests


def main():
    while True:
        # A polling loop: a hung request stalls it for good, reported at full severity.
        # expect: reliability/http-no-timeout
        scores = requests.get("https://fixtures.example.org/v1/live").json()
        print(scores)
        time.sleep(60)


if __name__ == "__main__":
    main()
