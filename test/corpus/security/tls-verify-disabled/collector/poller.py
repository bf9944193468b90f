import ssl
import urllib.request

import httpx
import requests
import urllib3

# expect: security/tls-verify-disabled
urllib3.disable_warnings()


def poll_device(ip):
    # expect: security/tls-verify-disabled
    resp = requests.get(f"https://{ip}/api/status", verify=False, timeout=3)
    return resp.json()


def poll_controller(url, ca_bundle):
    # ok: security/tls-verify-disabled
    resp = requests.get(url, verify=ca_bundle, timeout=3)
    return resp.json()


def client():
    # expect: security/tls-verify-disabled
    return httpx.Client(verify=False, timeout=5)


def legacy(url):
    # expect: security/tls-verify-disabled
    ctx = ssl._create_unverified_context()
    return urllib.request.urlopen(url, context=ctx, timeout=5).read()


def strict(url):
    ctx = ssl.create_default_context()
    # ok: security/tls-verify-disabled
    ctx.check_hostname = True
    # ok: security/tls-verify-disabled
    ctx.verify_mode = ssl.CERT_REQUIRED
    return urllib.request.urlopen(url, context=ctx, timeout=5).read()
