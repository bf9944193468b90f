"""Loads credentials from the environment."""
import os


def database_url() -> str:
    return os.environ["DATABASE_URL"]
