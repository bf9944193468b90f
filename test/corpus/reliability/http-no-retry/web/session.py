import requests

http = requests.Session()


def push(event):
    # expect: reliability/http-no-retry
    http.post("https://events.example.com/ingest", json=event, timeout=2)
