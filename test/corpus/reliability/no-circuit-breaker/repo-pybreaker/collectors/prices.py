import pybreaker
import requests


def latest():
    return requests.get(f"{PRICES_API}/latest", timeout=5).json()


def history():
    return requests.get(f"{PRICES_API}/history", timeout=5).json()
