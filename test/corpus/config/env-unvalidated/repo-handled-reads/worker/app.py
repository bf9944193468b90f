import os

env = os.environ.get("FLASK_ENV", "development")
cloud_mode = bool(os.environ.get("CLOUD_MODE"))
if cloud_mode:
    print("cloud")
