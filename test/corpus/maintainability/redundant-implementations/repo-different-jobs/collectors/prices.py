def fetch():
    return 1


def run():
    return fetch()
