from app.config import get_connection


def run():
    return get_connection("select 1")
