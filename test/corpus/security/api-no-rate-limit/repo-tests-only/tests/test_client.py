from flask import Flask

from lib.client import Client

fake = Flask("fake-upstream")


@fake.get("/items")
def items():
    return {"items": [1, 2]}


def test_client_lists_items():
    with fake.test_client() as c:
        assert Client(c).items() == [1, 2]
