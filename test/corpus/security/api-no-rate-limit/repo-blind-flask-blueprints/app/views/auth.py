from flask import Blueprint, jsonify, request

bp = Blueprint("auth", __name__)


# expect: security/api-no-rate-limit
@bp.route("/login", methods=["POST"])
def login():
    data = request.get_json()
    return jsonify(token=issue_token(data["email"], data["password"]))


@bp.route("/reset-password", methods=["POST"])
def reset_password():
    send_reset(request.json["email"])
    return "", 204


def issue_token(email, password):
    return "t"


def send_reset(email):
    return None
