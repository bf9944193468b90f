import requests


def ping2():
    return requests.get("http://localhost:8080/health", timeout=1)
