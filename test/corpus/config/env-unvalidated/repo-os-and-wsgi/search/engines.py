from os import environ

API_KEY = environ.get("SEARCH_API_KEY")
TIMEOUT = float(environ.get("SEARCH_TIMEOUT", "3"))
