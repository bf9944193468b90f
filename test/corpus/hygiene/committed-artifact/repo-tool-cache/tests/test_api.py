def test_login():
    assert True
