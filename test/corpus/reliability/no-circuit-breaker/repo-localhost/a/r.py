import requests


def ping3():
    return requests.get("http://localhost:8080/health", timeout=1)
