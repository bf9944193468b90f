import os

SECRET = os.getenv("SEARCH_SECRET")
BIND = os.getenv("SEARCH_BIND", "127.0.0.1:8888")
