from flask import Flask, request

app = Flask(__name__)
ALLOWED = {"https://app.example.com", "https://admin.example.com"}


@app.after_request
def cors_headers(resp):
    # expect: security/cors-wildcard
    resp.headers["Access-Control-Allow-Origin"] = request.headers.get("Origin", "")
    resp.headers["Vary"] = "Origin"
    return resp


def allow_listed(resp):
    origin = request.headers.get("Origin")
    if origin in ALLOWED:
        # ok: security/cors-wildcard
        resp.headers["Access-Control-Allow-Origin"] = origin
    return resp


def checked(resp):
    if request.headers.get("Origin") in ALLOWED:
        # ok: security/cors-wildcard
        resp.headers["Access-Control-Allow-Origin"] = request.headers["Origin"]
    return resp
