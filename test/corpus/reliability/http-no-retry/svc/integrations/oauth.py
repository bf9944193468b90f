"""OAuth login: exchanges the authorization code the provider redirected back with."""
import os

import requests

TOKEN_URL = os.environ["OAUTH_TOKEN_URL"]


def exchange(code):
    data = {"code": code, "grant_type": "authorization_code", "client_id": os.environ["OAUTH_CLIENT_ID"]}
    # A single-use authorization code cannot be exchanged twice: no retry; an info notice.
    # expect: reliability/http-no-retry
    return requests.post(TOKEN_URL, data=data, timeout=5).json()["access_token"]
