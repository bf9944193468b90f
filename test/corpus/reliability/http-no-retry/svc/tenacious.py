import requests
from tenacity import retry, stop_after_attempt, wait_exponential


@retry(stop=stop_after_attempt(4), wait=wait_exponential(multiplier=0.5))
def fetch(url):
    # ok: reliability/http-no-retry
    return requests.get(url, timeout=10).json()
