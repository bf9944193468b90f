from app.config import get_connection


def handler():
    return get_connection("select 2")
