import joblib
import yaml
from ruamel.yaml import YAML
from yaml import CSafeLoader


def load_pipeline(path):
    with open(path) as fh:
        # expect: security/unsafe-deserialization
        return yaml.load(fh)


def load_legacy(path):
    with open(path) as fh:
        # expect: security/unsafe-deserialization
        return yaml.load(fh, Loader=yaml.Loader)


def load_all_stages(text):
    # expect: security/unsafe-deserialization
    return list(yaml.load_all(text))


def load_unsafe(text):
    # expect: security/unsafe-deserialization
    return yaml.load(text, Loader=yaml.UnsafeLoader)


def load_settings(path):
    with open(path) as fh:
        # ok: security/unsafe-deserialization
        return yaml.safe_load(fh)


def load_fast(path):
    with open(path) as fh:
        # ok: security/unsafe-deserialization
        return yaml.load(
            fh,
            Loader=CSafeLoader,
        )


def load_explicit(path):
    with open(path) as fh:
        # ok: security/unsafe-deserialization
        return yaml.load(fh, Loader=yaml.SafeLoader)


def load_roundtrip(path):
    # ok: security/unsafe-deserialization
    return YAML(typ="safe").load(open(path))


def load_model():
    # ok: security/unsafe-deserialization
    return joblib.load("artifacts/model.joblib")
