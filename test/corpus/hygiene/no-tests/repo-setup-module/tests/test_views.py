from portal.views import views


def test_views():
    assert views() == 1
