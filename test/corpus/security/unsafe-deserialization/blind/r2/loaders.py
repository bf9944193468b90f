import pickle

import torch
import yaml


def read_cache(fh):
    # expect: security/unsafe-deserialization
    return pickle.Unpickler(fh).load()


def read_conf(fh):
    # expect: security/unsafe-deserialization
    return yaml.load(fh, yaml.Loader)


def read_conf_safe(fh):
    # ok: security/unsafe-deserialization
    return yaml.load(fh, yaml.SafeLoader)


def read_weights(path):
    # ok: security/unsafe-deserialization
    return torch.load(path, weights_only=True)
