import ssl
import urllib.request

import jwt
import requests


def get(url):
    # expect: security/tls-verify-disabled
    return requests.get(url, verify = False, timeout=3)


def legacy(url):
    # expect: security/tls-verify-disabled
    return urllib.request.urlopen(url, context=ssl._create_unverified_context()).read()


def wrap(sock):
    # expect: security/tls-verify-disabled
    return ssl.wrap_socket(sock, cert_reqs=ssl.CERT_NONE)


def claims(token):
    # ok: security/tls-verify-disabled
    return jwt.decode(token, options={"verify_signature": False})
