import stripe


def charge(customer, cents, currency="eur"):
    intent = stripe.PaymentIntent.create(customer=customer, amount=cents, currency=currency, confirm=True)
    return intent.id


def refund(intent_id):
    return stripe.Refund.create(payment_intent=intent_id).status
