import os

debug = os.environ.get("APP_DEBUG") == "1"
