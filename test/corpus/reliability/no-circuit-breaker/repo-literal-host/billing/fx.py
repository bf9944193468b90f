import requests


def billing_rates():
    return requests.get("https://api.exchange.example.com/v1/billing_rates", timeout=3)
