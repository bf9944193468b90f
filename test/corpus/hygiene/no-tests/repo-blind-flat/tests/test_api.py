from api.routes import routes


def test_routes():
    assert routes(1) == 1
