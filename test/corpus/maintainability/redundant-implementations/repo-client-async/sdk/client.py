import httpx


def fetch(url):
    return httpx.get(url)


def parse(body):
    return body
