import os

REDIS_URL = os.environ.get("SEARCH_REDIS_URL")
REDIS_TTL = int(os.environ.get("SEARCH_REDIS_TTL", "60"))
