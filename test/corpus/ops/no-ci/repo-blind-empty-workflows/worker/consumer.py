import json


def handle(raw: bytes) -> dict:
    return json.loads(raw)
