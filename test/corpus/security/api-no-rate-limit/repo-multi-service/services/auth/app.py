from flask import Flask, jsonify, request
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address

app = Flask(__name__)
limiter = Limiter(get_remote_address, app=app, storage_uri="redis://redis:6379")


@app.post("/token")
@limiter.limit("10/minute")
def token():
    return jsonify(issue(request.json))
