import pytest


@pytest.fixture
def fake_redis(monkeypatch):
    store = {}

    class FakeRedis:
        def get(self, key):
            return store.get(key)

        def set(self, key, value, ex=None):
            store[key] = value
            return True

        def delete(self, *keys):
            return sum(1 for k in keys if store.pop(k, None) is not None)

    monkeypatch.setattr("redis.Redis", lambda *a, **kw: FakeRedis())
    return store
