import os

import psycopg2
import requests
import stripe

# expect: security/hardcoded-secret
stripe.api_key = os.getenv("STRIPE_SECRET_KEY", "sk_live_51HqLyjWDarjtT1zdp7dcXq4mN8bR2vKs0aPfYt6uE3gZ9c")


def ledger_connection():
    return psycopg2.connect(
        host="ledger-db",
        dbname="ledger",
        user="ledger_rw",
        # expect: security/hardcoded-secret
        password="w4Ter!melon-Ledger",
    )


def notify(order_id: str) -> None:
    requests.post(
        "https://hooks.internal.acme-retail.com/orders",
        # expect: security/hardcoded-secret
        headers={"Authorization": "Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJvcmRlci1ub3RpZmllciIsImlhdCI6MTcwMDAwMDAwMH0.Qm3vZ1x8Yk2pT9rW4sL7nD0cF6hJ5gA3eB8uI1oK2yE"},
        json={"order": order_id},
        timeout=5,
    )


def login(username: str, password: str) -> dict:
    # ok: security/hardcoded-secret
    token = requests.post("https://auth.acme-retail.com/token", data={"u": username, "p": password}, timeout=5).json()["token"]
    return {"token": token}


# ok: security/hardcoded-secret
PASSWORD_FIELD = "password"
# ok: security/hardcoded-secret
API_KEY_HEADER = "X-Api-Key"
# ok: security/hardcoded-secret
masked = {"password": "********"}
