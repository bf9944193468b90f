from rules import rules


def test_rules():
    assert rules(1) == 1
