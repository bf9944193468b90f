from flask import Blueprint, abort, jsonify, request

from ..db import get_db

bp = Blueprint("products", __name__, url_prefix="/products")


@bp.get("/")
def list_products():
    limit = min(int(request.args.get("limit", 50)), 200)
    rows = get_db().execute("SELECT id, sku, title, price FROM products ORDER BY id LIMIT ?", (limit,)).fetchall()
    return jsonify([dict(r) for r in rows])


@bp.get("/<int:product_id>")
def get_product(product_id):
    row = get_db().execute("SELECT id, sku, title, price FROM products WHERE id = ?", (product_id,)).fetchone()
    if row is None:
        abort(404, description="product not found")
    return jsonify(dict(row))
