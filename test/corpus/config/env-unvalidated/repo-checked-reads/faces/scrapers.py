import os


def connector():
    key = os.environ.get("FACES_TWITTER_KEY")
    secret = os.environ.get("FACES_TWITTER_SECRET")
    if not key or not secret:
        return None
    return key, secret
