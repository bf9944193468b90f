import os


class VectorStore:
    def __init__(self, connection_details=None):
        self.conn = connection_details or os.environ.get("VECTOR_URL")
        if isinstance(self.conn, str):
            self.url = self.conn
        elif isinstance(self.conn, dict):
            self.url = self.conn.get("url")
        else:
            raise ValueError("connection_details must be a string or dict with 'url'.")

    def create(self, name):
        return self.client.create_index(
            name=name,
            cloud=os.getenv("VECTOR_CLOUD", "aws"),
            region=os.getenv("VECTOR_REGION", "us-east-1"),
        )
