import requests


def other():
    return requests.get(f"{PRICES_API}/other", timeout=5).json()
