from ingest.parser import parser


def test_parser():
    assert parser(3) == 3
