import io

import dill
import jsonpickle
import yaml


class NewSafeLoader(yaml.SafeLoader):
    """The project's safe loader with one extra tag."""


def restore(blob: bytes):
    # expect: security/unsafe-deserialization
    return dill.Unpickler(io.BytesIO(blob)).load()


def restore_json(text: str):
    # expect: security/unsafe-deserialization
    return jsonpickle.unpickler.decode(text)


def settings(text: str):
    # ok: security/unsafe-deserialization
    return yaml.load(text, Loader=NewSafeLoader)


def legacy(text: str):
    # expect: security/unsafe-deserialization
    return yaml.load(text, Loader=yaml.UnsafeLoader)
