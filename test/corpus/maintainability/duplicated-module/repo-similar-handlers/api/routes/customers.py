from flask import Blueprint, abort, jsonify, request

from ..db import get_db

bp = Blueprint("customers", __name__, url_prefix="/customers")


@bp.get("/")
def list_customers():
    limit = min(int(request.args.get("limit", 50)), 200)
    rows = get_db().execute("SELECT id, name, email, country FROM customers ORDER BY id LIMIT ?", (limit,)).fetchall()
    return jsonify([dict(r) for r in rows])


@bp.get("/<int:customer_id>")
def get_customer(customer_id):
    row = get_db().execute("SELECT id, name, email, country FROM customers WHERE id = ?", (customer_id,)).fetchone()
    if row is None:
        abort(404, description="customer not found")
    return jsonify(dict(row))
