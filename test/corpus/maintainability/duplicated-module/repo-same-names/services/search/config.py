import os

ES_URL = os.environ.get("ES_URL", "http://elasticsearch:9200")
INDEX_PREFIX = os.environ.get("INDEX_PREFIX", "catalog")
MAX_RESULTS = 100
SYNONYMS_FILE = os.path.join(os.path.dirname(__file__), "synonyms.txt")
HIGHLIGHT = {"fields": {"title": {}, "description": {"fragment_size": 120}}}


def index_name(lang):
    return f"{INDEX_PREFIX}-{lang}"
