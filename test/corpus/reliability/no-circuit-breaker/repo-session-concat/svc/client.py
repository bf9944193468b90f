import requests

session = requests.Session()


def a():
    return session.get(BASE_URL + "/a", timeout=5)


def b():
    return session.get(BASE_URL + "/b", timeout=5)
