import requests
from tenacity import retry, stop_after_attempt


@retry(stop=stop_after_attempt(3))
def news():
    return requests.get(f"{NEWS_API}/top", timeout=5)


@retry(stop=stop_after_attempt(3))
def item(i):
    return requests.get(f"{NEWS_API}/item/{i}", timeout=5)
