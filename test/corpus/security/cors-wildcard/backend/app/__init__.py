import os

from flask import Flask
from flask_cors import CORS

from .routes import bp


def create_app():
    app = Flask(__name__)
    app.config.from_mapping(SECRET_KEY=os.environ["SECRET_KEY"])
    app.register_blueprint(bp)
    # expect: security/cors-wildcard
    CORS(app, supports_credentials=True)
    return app
