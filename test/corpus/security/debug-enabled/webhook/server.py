"""Receives GitHub webhooks and triggers deploys."""
import hmac
import os

from flask import Flask, abort, request

app = Flask(__name__)
SECRET = os.environ["WEBHOOK_SECRET"].encode()


@app.post("/hook")
def hook():
    sig = request.headers.get("X-Hub-Signature-256", "")
    if not hmac.compare_digest(sig, "sha256=" + hmac.new(SECRET, request.data, "sha256").hexdigest()):
        abort(403)
    return "queued"


if __name__ == "__main__":
    debug = os.environ.get("WEBHOOK_DEBUG") == "1"
    # ok: security/debug-enabled
    app.run(host="0.0.0.0", port=int(os.environ.get("PORT", "9000")), debug=debug)
