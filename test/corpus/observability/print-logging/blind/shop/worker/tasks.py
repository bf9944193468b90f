from celery import shared_task

from shop.services import mail, orders


@shared_task(bind=True, autoretry_for=(mail.SMTPError,), retry_backoff=True)
def send_receipt(self, order_id):
    order = orders.get(order_id)
    # expect: observability/print-logging
    print("sending receipt for", order_id, "attempt", self.request.retries)
    mail.send(order.email, "receipt.html", order=order)


@shared_task
def expire_carts():
    n = orders.expire_stale_carts()
    print(f"expired {n} carts")
