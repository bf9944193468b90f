import os, sys, requests

BASE = os.environ["BILLING_URL"]


def pull_invoices(day):
    # expect: reliability/http-no-timeout
    resp = requests.get(f"{BASE}/invoices", params={"day": day})
    resp.raise_for_status()
    return resp.json()


def pull_with_budget(day):
    # ok: reliability/http-no-timeout
    return requests.get(f"{BASE}/invoices", params={"day": day}, timeout=15).json()


def main():
    for day in sys.argv[1:]:
        print(len(pull_invoices(day)))
