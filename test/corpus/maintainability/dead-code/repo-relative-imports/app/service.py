from .helpers import h


def handle():
    return h()
