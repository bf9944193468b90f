from flask import Flask

app = Flask(__name__)


# ok: security/api-no-rate-limit
@app.post("/api/search")
def search():
    return {"results": []}
