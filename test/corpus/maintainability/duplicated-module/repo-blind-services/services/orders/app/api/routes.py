from fastapi import APIRouter, Depends, HTTPException

from ..db import session_scope
from ..models import Order
from ..schemas import OrderIn, OrderOut

router = APIRouter(prefix="/orders", tags=["orders"])


@router.get("/{order_id}", response_model=OrderOut)
def get_order(order_id: int):
    with session_scope() as s:
        order = s.get(Order, order_id)
        if order is None:
            raise HTTPException(status_code=404, detail="order not found")
        return OrderOut.model_validate(order)


@router.post("/", response_model=OrderOut, status_code=201)
def create_order(body: OrderIn):
    with session_scope() as s:
        order = Order(customer_id=body.customer_id, total_cents=body.total_cents, currency=body.currency)
        s.add(order)
        s.flush()
        return OrderOut.model_validate(order)
