import os
import subprocess


def colour():
    return os.getenv("TERM") not in ("dumb", "unknown") and "NO_COLOR" not in os.environ


def git_version():
    return subprocess.run(["git", "describe"], env={"PATH": os.environ["PATH"], "HOME": os.environ["HOME"]}, capture_output=True, text=True).stdout
