from billing.invoices import invoices


def test_invoices():
    assert invoices(2) == 2
