from flask import Blueprint, jsonify, request

from ..services import orders

bp = Blueprint("checkout", __name__)


@bp.post("/checkout")
def checkout():
    payload = request.get_json(force=True)
    # expect: observability/print-logging
    print(f"checkout for cart {payload.get('cart_id')}")
    try:
        order = orders.place(payload)
    except orders.PaymentDeclined as exc:
        print("payment declined:", exc)
        return jsonify(error="declined"), 402
    print("order placed", order.id)
    return jsonify(id=order.id), 201
