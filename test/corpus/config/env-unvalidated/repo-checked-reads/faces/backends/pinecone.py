import os


class Pinecone:
    def __init__(self, api_key=None):
        self.api_key = api_key or os.environ.get("FACES_PINECONE_API_KEY")
        if not isinstance(self.api_key, str):
            raise ValueError("FACES_PINECONE_API_KEY must be a string")


def table_name():
    name = os.getenv("FACES_PINECONE_TABLE")
    if not name:
        raise ValueError("FACES_PINECONE_TABLE is not set")
    return name
