import time
import urllib.request


def fetch(url):
    for attempt in range(3):
        try:
            # ok: reliability/http-no-retry
            with urllib.request.urlopen(url, timeout=10) as r:
                return r.read()
        except OSError:
            time.sleep(2 ** attempt)
    raise RuntimeError(url)
