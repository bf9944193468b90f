import httpx
import requests


def prices(url):
    # expect: reliability/http-no-timeout
    return requests.get(url, timeout=None).json()


def stock(url):
    # ok: reliability/http-no-timeout
    return httpx.get(url).json()


def client():
    # expect: reliability/http-no-timeout
    return httpx.Client(timeout=None, base_url="https://stock.internal")


def quotes(url):
    # ok: reliability/http-no-timeout
    return httpx.get(url, timeout=httpx.Timeout(5.0)).json()


def history(url, timeout=None):
    # ok: reliability/http-no-timeout
    return requests.get(url, timeout=timeout).json()
