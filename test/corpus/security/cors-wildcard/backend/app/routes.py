from flask import Blueprint, jsonify, make_response

bp = Blueprint("api", __name__)


@bp.get("/api/export.csv")
def export_csv():
    resp = make_response(build_csv())
    resp.headers["Content-Type"] = "text/csv"
    # ok: security/cors-wildcard
    resp.headers["Access-Control-Expose-Headers"] = "*"
    return resp


@bp.get("/api/embed")
def embed():
    resp = jsonify(html=render_widget())
    # expect: security/cors-wildcard
    resp.headers.add("Access-Control-Allow-Origin", "*")
    return resp
