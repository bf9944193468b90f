from .http import session


def orders():
    # ok: reliability/http-no-retry
    return session.get("https://shop.example.com/api/orders", timeout=10).json()
