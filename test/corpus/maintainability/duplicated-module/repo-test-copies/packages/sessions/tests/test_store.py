from sessions.store import save, load


def test_roundtrip(fake_redis):
    save("s1", {"user": 7})
    assert load("s1") == {"user": 7}
