from flask import Flask, request

app = Flask(__name__)


# expect: security/api-no-rate-limit
@app.route("/admin/login", methods=["GET", "POST"])
def login():
    return check(request.form)


def check(form):
    return "ok"
