def test_charge():
    assert True
