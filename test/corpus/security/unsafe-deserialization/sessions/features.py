import numpy as np


def load_features(path):
    # expect: security/unsafe-deserialization
    return np.load(path, allow_pickle=True)


def load_matrix(path):
    # ok: security/unsafe-deserialization
    return np.load(path)
