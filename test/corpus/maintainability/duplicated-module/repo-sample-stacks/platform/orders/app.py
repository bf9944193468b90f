from retry import retrying


@retrying()
def reserve(client, order):
    return client.post("/reservations", json={"items": order.items})
