from client import session


def c():
    return session.get(BASE_URL + "/c", timeout=5)
