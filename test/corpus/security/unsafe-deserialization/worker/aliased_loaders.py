import yaml
from yaml import UnsafeLoader as Trusting
from yaml.loader import BaseLoader as Plain


def read_labels(fh):
    # ok: security/unsafe-deserialization
    return yaml.load(fh, Loader=Plain)


def read_job(fh):
    # expect: security/unsafe-deserialization
    return yaml.load(fh, Loader=Trusting)
