from flask import Blueprint, abort, jsonify, request

from ..db import get_db

bp = Blueprint("invoices", __name__, url_prefix="/invoices")


@bp.get("/")
def list_invoices():
    limit = min(int(request.args.get("limit", 50)), 200)
    rows = get_db().execute("SELECT id, customer_id, total, issued_at, paid FROM invoices ORDER BY id LIMIT ?", (limit,)).fetchall()
    return jsonify([dict(r) for r in rows])


@bp.get("/<int:invoice_id>")
def get_invoice(invoice_id):
    row = get_db().execute("SELECT id, customer_id, total, issued_at, paid FROM invoices WHERE id = ?", (invoice_id,)).fetchone()
    if row is None:
        abort(404, description="invoice not found")
    return jsonify(dict(row))
