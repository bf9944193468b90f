DB = {"host": "db.internal", "port": 5432, "user": "collector", "dbname": "market"}


def collect():
    return "trades"
