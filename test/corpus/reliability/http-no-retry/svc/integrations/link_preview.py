"""Fetches a preview of a link a user submitted, then calls the fixed thumbnail service."""
import requests

THUMBNAILS = "https://thumbs.example.com/render"


def preview(link):
    page = requests.get(link, timeout=10)
    # The first call is the user's URL, but this one is a fixed dependency: the module is reported here.
    # expect: reliability/http-no-retry
    return requests.post(THUMBNAILS, data=page.content, timeout=10).content
