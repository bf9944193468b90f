from fastapi import APIRouter, HTTPException, Query

from ..db import session_scope
from ..models import Invoice
from ..schemas import InvoiceOut

router = APIRouter(prefix="/invoices", tags=["billing"])


@router.get("/{invoice_id}", response_model=InvoiceOut)
def get_invoice(invoice_id: str):
    with session_scope() as s:
        inv = s.query(Invoice).filter(Invoice.public_id == invoice_id).one_or_none()
        if not inv:
            raise HTTPException(404, "no such invoice")
        return InvoiceOut.model_validate(inv)


@router.get("/", response_model=list[InvoiceOut])
def list_invoices(customer: int = Query(...), limit: int = Query(50, le=200)):
    with session_scope() as s:
        rows = s.query(Invoice).filter(Invoice.customer_id == customer).order_by(Invoice.issued_at.desc()).limit(limit)
        return [InvoiceOut.model_validate(r) for r in rows]
