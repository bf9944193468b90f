import requests

print(requests.get("https://example.org", timeout=5).status_code)
