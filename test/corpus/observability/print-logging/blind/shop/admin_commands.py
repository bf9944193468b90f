import click

from shop.services import orders


@click.command()
@click.argument("order_id")
def refund(order_id):
    """Refund an order from the command line."""
    result = orders.refund(order_id)
    # ok: observability/print-logging
    print(f"refunded {order_id}: {result.status}")
