import os
import subprocess

os.umask(0o077)


def dump(db, path):
    # ok: security/insecure-file-permissions
    subprocess.run(["mongodump", "--uri", os.environ["MONGO_URI"], f"--archive={path}"], check=True)
