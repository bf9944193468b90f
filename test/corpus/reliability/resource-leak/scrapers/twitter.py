import csv
import json
import os

USERS_FILENAME = "users.json"


def load_users():
    if os.path.isfile(USERS_FILENAME):
        # expect: reliability/resource-leak
        return_value = json.load(open(USERS_FILENAME, "r"))  # info, low confidence: closed when json.load returns
        return return_value
    return []


def stream_rows(path):
    # expect: reliability/resource-leak
    for row in csv.reader(open(path)):
        yield row
