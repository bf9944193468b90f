from flask import Flask, jsonify
from flask_cors import CORS, cross_origin

app = Flask(__name__)
# expect: security/cors-wildcard
CORS(app)


@app.get("/api/products")
def products():
    return jsonify([])


@app.get("/api/widget")
# expect: security/cors-wildcard
@cross_origin()
def widget():
    return jsonify({"ok": True})


@app.after_request
def add_headers(response):
    # expect: security/cors-wildcard
    response.headers["Access-Control-Allow-Origin"] = "*"
    # ok: security/cors-wildcard
    response.headers["Access-Control-Allow-Headers"] = "*"
    return response
