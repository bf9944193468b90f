"""Library helper: loads one image from a URL its caller passes."""
import requests


def load_image(url):
    # The URL is the caller's (a parameter): whether and how to retry is the caller's policy; an info notice.
    # expect: reliability/http-no-retry
    response = requests.get(url, stream=True, timeout=60)
    response.raise_for_status()
    return response.raw.read()
