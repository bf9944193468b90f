import os


def client():
    uri = os.environ.get("FACES_MONGO_URI")
    if uri is None:
        raise ValueError("FACES_MONGO_URI is not set")
    return uri


def table_name():
    name = os.getenv("FACES_MONGO_TABLE")
    if not name:
        raise ValueError("FACES_MONGO_TABLE is not set")
    return name
