import os

QUEUE = os.environ["QUEUE_URL"]
WORKERS = int(os.getenv("WORKERS", "4"))
