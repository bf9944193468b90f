import yaml
from yaml import load as yload


def read_config(path):
    with open(path) as fh:
        # expect: security/unsafe-deserialization
        return yaml.load(fh, Loader=yaml.Loader)


def read_overrides(text):
    # expect: security/unsafe-deserialization
    return yload(text)


def read_defaults(path):
    with open(path) as fh:
        # ok: security/unsafe-deserialization
        return yaml.safe_load(fh)


def read_all(path):
    with open(path) as fh:
        # ok: security/unsafe-deserialization
        return list(yaml.load_all(fh, Loader=yaml.SafeLoader))
