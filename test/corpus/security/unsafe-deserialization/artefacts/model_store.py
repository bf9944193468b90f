import dill
import jsonpickle
import marshal
import pandas as pd
import shelve
import torch
import yaml
from yaml import load as yload


def load_checkpoint(path):
    # expect: security/unsafe-deserialization
    return torch.load(path, map_location="cpu")


def load_checkpoint_unsafe(path):
    # expect: security/unsafe-deserialization
    return torch.load(path, weights_only=False)


def load_weights(path):
    # ok: security/unsafe-deserialization
    return torch.load(path, map_location="cpu", weights_only=True)


def load_frame(path):
    # expect: security/unsafe-deserialization
    return pd.read_pickle(path)


def load_frame_csv(path):
    # ok: security/unsafe-deserialization
    return pd.read_csv(path)


def restore(blob):
    # expect: security/unsafe-deserialization
    return dill.loads(blob)


def restore_code(blob):
    # expect: security/unsafe-deserialization
    return marshal.loads(blob)


def cache(path):
    # expect: security/unsafe-deserialization
    return shelve.open(path)


def decode(text):
    # expect: security/unsafe-deserialization
    return jsonpickle.decode(text)


def config(stream):
    # expect: security/unsafe-deserialization
    return yload(stream)


def config_unsafe(stream):
    # expect: security/unsafe-deserialization
    return yaml.unsafe_load(stream)


def config_safe(stream):
    # ok: security/unsafe-deserialization
    return yaml.load(stream, Loader=yaml.SafeLoader)


def ext():
    # ok: security/unsafe-deserialization
    return torch.utils.cpp_extension.load(name="ext", sources=[])
