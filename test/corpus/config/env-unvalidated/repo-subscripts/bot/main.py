import os


def main():
    token = os.environ["API_TOKEN"]
    url = os.environ["API_URL"]
    return token, url
