def line_total(item):
    # expect: reliability/silent-default
    return item["qty"] * item.get("unit_price", 0)


def order_total(lines):
    # expect: reliability/silent-default
    return sum(float(l.get("amount", 0)) for l in lines)


def shipping(parcel):
    # expect: reliability/silent-default
    weight = parcel.get("weight_kg", 0)
    return 4.5 + weight * 1.2


def apply_fee(order):
    # expect: reliability/silent-default
    fee = order.get("fee") or 0
    order.total += fee
    return order


def retries(job):
    # ok: reliability/silent-default
    attempts = job.get("attempts", 0)
    return attempts + 1


def display_price(product):
    # ok: reliability/silent-default
    price = product.get("price", 0)
    return f"{price} EUR"


def is_free(product):
    # ok: reliability/silent-default
    return product.get("price", 0) == 0


def page(params):
    # ok: reliability/silent-default
    return int(params.get("offset", 0)) + 20


def queue_size(summary):
    # A count named "total" is a counter, not an amount.
    # ok: reliability/silent-default
    total_queued = summary.get("total_items", 0)
    return total_queued + 1
