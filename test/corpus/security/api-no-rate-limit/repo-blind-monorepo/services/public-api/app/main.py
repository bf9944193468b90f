from flask import Flask
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address

app = Flask(__name__)
limiter = Limiter(get_remote_address, app=app, default_limits=["200 per minute"], storage_uri="redis://redis:6379")


# ok: security/api-no-rate-limit
@app.get("/v1/quotes")
def quotes():
    return []
