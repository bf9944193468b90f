import requests


def ping():
    return requests.get("http://localhost:8080/health", timeout=1)
