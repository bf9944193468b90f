def test_client():
    # expect: security/hardcoded-secret
    client = make_client(key_id="AKIAQ4M8ZT2XP7K3W9RB")
    assert client
