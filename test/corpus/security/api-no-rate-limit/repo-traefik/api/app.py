from flask import Flask

app = Flask(__name__)


@app.get("/v1/quotes")
def quotes():
    return {"quotes": latest()}
