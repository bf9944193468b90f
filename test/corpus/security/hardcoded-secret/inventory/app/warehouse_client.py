import logging

import requests

log = logging.getLogger(__name__)


class WarehouseClient:
    # expect: security/hardcoded-secret
    def __init__(self, base_url, api_key="wh_8d7f6a5e4c3b2a19"):
        self.base_url = base_url
        self.api_key = api_key

    def stock(self, sku):
        # ok: security/hardcoded-secret
        headers = {"Authorization": f"Bearer {self.api_key}"}
        return requests.get(f"{self.base_url}/stock/{sku}", headers=headers, timeout=5).json()


def legacy_login(session):
    # expect: security/hardcoded-secret
    return session.post("/login", data={"username": "sync-bot", "password": "Inv3nt0ry#2023"})
