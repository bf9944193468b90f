from authz.policy import allow


def test_allow():
    assert allow("admin")
