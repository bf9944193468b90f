import requests as rq

# expect: reliability/http-no-retry
INVOICES = rq.get("https://billing.example.com/api/invoices", timeout=5)
