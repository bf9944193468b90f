import os

SUPPORTED = {"postgres", "mysql"}


class Variables:
    def __init__(self):
        self.database_type = os.getenv("API_DATABASE_TYPE", "postgres").lower()
        if self.database_type not in SUPPORTED:
            raise ValueError(f"unsupported database type: {self.database_type}")
