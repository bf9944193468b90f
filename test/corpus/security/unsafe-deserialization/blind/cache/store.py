import json
import pickle as pkl
from pickle import loads as unpickle

import msgpack
import redis

client = redis.Redis(host="cache", port=6379)


def get_session(sid: str):
    raw = client.get(f"session:{sid}")
    # expect: security/unsafe-deserialization
    return pkl.loads(raw) if raw else None


def get_profile(uid: int):
    blob = client.hget("profiles", uid)
    # expect: security/unsafe-deserialization
    return unpickle(blob)


def put_profile(uid: int, profile) -> None:
    # ok: security/unsafe-deserialization
    client.hset("profiles", uid, pkl.dumps(profile))


def get_counts(key: str):
    # ok: security/unsafe-deserialization
    return msgpack.unpackb(client.get(key), raw=False)


def get_flags():
    # ok: security/unsafe-deserialization
    return json.loads(client.get("flags") or "{}")


def restore(path: str):
    with open(path, "rb") as fh:
        # expect: security/unsafe-deserialization
        return pkl.load(fh)
