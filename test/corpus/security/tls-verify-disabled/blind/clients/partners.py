import os
import ssl

import aiohttp
import httpx
import requests
from elasticsearch import Elasticsearch
from pymongo import MongoClient

PARTNER_CA = os.environ.get("PARTNER_CA_BUNDLE", "/etc/ssl/certs/partner-ca.pem")


def push_order(url, payload):
    # expect: security/tls-verify-disabled
    return requests.post(url, json=payload, verify=False, timeout=10)


def partner_session() -> requests.Session:
    s = requests.Session()
    # expect: security/tls-verify-disabled
    s.verify = False
    return s


def inventory_client() -> httpx.AsyncClient:
    # expect: security/tls-verify-disabled
    return httpx.AsyncClient(base_url="https://inventory.partner.net", verify=False, timeout=5.0)


async def fetch_rates(url):
    async with aiohttp.ClientSession() as session:
        # expect: security/tls-verify-disabled
        async with session.get(url, ssl=False) as resp:
            return await resp.json()


def legacy_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    # expect: security/tls-verify-disabled
    ctx.check_hostname = False
    # expect: security/tls-verify-disabled
    ctx.verify_mode = ssl.CERT_NONE
    return ctx


# expect: security/tls-verify-disabled
ssl._create_default_https_context = ssl._create_unverified_context

# expect: security/tls-verify-disabled
es = Elasticsearch(["https://search.internal:9200"], verify_certs=False)

# expect: security/tls-verify-disabled
mongo = MongoClient("mongodb://db.internal:27017/?tls=true", tlsAllowInvalidCertificates=True)


def fetch_report(url):
    # ok: security/tls-verify-disabled
    return requests.get(url, verify=PARTNER_CA, timeout=10)


def fetch_public(url):
    # ok: security/tls-verify-disabled
    return requests.get(url, verify=True, timeout=10)


def strict_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=PARTNER_CA)
    # ok: security/tls-verify-disabled
    ctx.check_hostname = True
    # ok: security/tls-verify-disabled
    if ctx.verify_mode == ssl.CERT_NONE:
        raise RuntimeError("refusing an unverified context")
    return ctx


# ok: security/tls-verify-disabled
search = Elasticsearch(["https://search.internal:9200"], ca_certs=PARTNER_CA)
