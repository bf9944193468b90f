from orders.service import service


def test_service():
    assert service(1) == 1
