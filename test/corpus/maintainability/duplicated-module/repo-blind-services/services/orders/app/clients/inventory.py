import httpx

BASE = "http://inventory:8080"


def reserve(sku, qty):
    r = httpx.post(f"{BASE}/reservations", json={"sku": sku, "qty": qty}, timeout=5)
    r.raise_for_status()
    return r.json()["reservation_id"]
