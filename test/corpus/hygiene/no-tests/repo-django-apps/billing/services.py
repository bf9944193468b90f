from orders.models import Order

from .models import Invoice


def issue(order_id):
    order = Order.objects.get(pk=order_id)
    return Invoice.objects.create(order_id=order.pk, amount=order.total)
