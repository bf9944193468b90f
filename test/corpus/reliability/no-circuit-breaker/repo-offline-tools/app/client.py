import requests


def fixtures():
    return requests.get("https://api.league.example.org/v3/matches", timeout=5).json()
