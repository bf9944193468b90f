"""Polls the upstream catalogue for the gateway (not a probe: the gateway imports it)."""
from urllib.request import urlopen


def catalogue():
    # expect: reliability/http-no-retry
    with urlopen("https://catalogue.internal/api/items", timeout=5) as resp:
        return resp.read()
