from shop.services import catalog

for sku in ("A-1", "A-2", "B-7"):
    catalog.create(sku=sku, price=100)
    # ok: observability/print-logging
    print("created", sku)
