from billing.invoice import invoice


def test_invoice():
    assert invoice(1) == 1
