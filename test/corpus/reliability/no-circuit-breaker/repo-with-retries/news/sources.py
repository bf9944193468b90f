import requests


def sources():
    return requests.get(f"{NEWS_API}/sources", timeout=5)
