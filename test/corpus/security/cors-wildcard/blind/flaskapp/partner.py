from flask import Flask
from flask_cors import CORS

partner = Flask(__name__)
# expect: security/cors-wildcard
CORS(partner, resources={r"/api/*": {"origins": "*"}}, supports_credentials=True)

internal = Flask("internal")
# ok: security/cors-wildcard
CORS(internal, origins=["https://console.acme.io", "https://admin.acme.io"])
