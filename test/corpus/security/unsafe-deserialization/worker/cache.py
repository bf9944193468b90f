import hashlib
import json
import pickle

import redis

r = redis.Redis(host="cache")


def cached(key, compute):
    raw = r.get(key)
    if raw is not None:
        # expect: security/unsafe-deserialization
        return pickle.loads(raw)
    value = compute()
    # ok: security/unsafe-deserialization
    r.set(key, pickle.dumps(value))
    return value


def cached_json(key):
    raw = r.get(key)
    # ok: security/unsafe-deserialization
    return json.loads(raw) if raw else None


def digest(obj):
    # ok: security/unsafe-deserialization
    return hashlib.sha256(json.dumps(obj, sort_keys=True).encode()).hexdigest()
