import os

from app.providers import load


def main():
    for name in os.environ.get("PROVIDERS", "weather,tides").split(","):
        load(name)
