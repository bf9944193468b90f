import requests


def fetch():
    return requests.get(URL, timeout=5).json()


def store(rows):
    return write_csv(rows)
