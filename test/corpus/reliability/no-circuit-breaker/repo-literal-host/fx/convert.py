import requests


def convert(a):
    return requests.post("https://api.exchange.example.com/v1/convert", json=a, timeout=3)
