import os

QUEUE_URL = os.environ.get("QUEUE_URL")
CONCURRENCY = int(os.getenv("CONCURRENCY", "4"))
