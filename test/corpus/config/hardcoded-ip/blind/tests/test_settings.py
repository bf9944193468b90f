from svc.orders import settings


def test_redis_host_is_private():
    # ok: config/hardcoded-ip
    assert settings.REDIS_HOST.startswith("10.") or settings.REDIS_HOST == "10.99.0.1"
