import os

MODEL_DIR = os.getenv("MODEL_DIR")
BUCKET = os.getenv("BUCKET")
