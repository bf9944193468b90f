import requests


def volumes():
    return requests.get(f"{PRICES_API}/volumes", timeout=5).json()
