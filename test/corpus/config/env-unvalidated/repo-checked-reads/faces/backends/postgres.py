import os


class Postgres:
    def __init__(self, connection_details=None):
        self.conn_details = connection_details or os.environ.get("FACES_POSTGRES_URI")
        if not self.conn_details:
            raise ValueError("set FACES_POSTGRES_URI or pass connection_details")


def table_name():
    name = os.getenv("FACES_POSTGRES_TABLE")
    if not name:
        raise ValueError("FACES_POSTGRES_TABLE is not set")
    return name
