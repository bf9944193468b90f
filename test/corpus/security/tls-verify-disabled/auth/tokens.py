import time

import jwt
import requests
from google.auth import jwt as google_jwt


def token_expiry(id_token):
    # Only reads the expiry claim of a token we were just given; the signature is checked by the API.
    # ok: security/tls-verify-disabled
    payload = jwt.decode(id_token, verify=False)
    return payload["exp"] - time.time()


def google_claims(token):
    # ok: security/tls-verify-disabled
    return google_jwt.decode(token, verify=False)


def fetch_jwks(url):
    # expect: security/tls-verify-disabled
    return requests.get(url, verify=False, timeout=5).json()
