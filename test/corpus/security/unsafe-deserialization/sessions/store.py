import copy
import pickle

import redis

r = redis.Redis()


def snapshot(session):
    # A deep copy through pickle: the bytes never leave this process.
    # ok: security/unsafe-deserialization
    return pickle.loads(pickle.dumps(session, protocol=pickle.HIGHEST_PROTOCOL))


def roundtrip_ok(state):
    blob = pickle.dumps(state)
    assert blob
    # ok: security/unsafe-deserialization
    restored = pickle.loads(blob)
    return restored == state


def load_session(session_id):
    blob = r.get(f"session:{session_id}")
    # expect: security/unsafe-deserialization
    return pickle.loads(blob)


def reload(state):
    blob = pickle.dumps(state)
    blob = r.get("state")
    # expect: security/unsafe-deserialization
    return pickle.loads(blob)


def clone(obj):
    return copy.deepcopy(obj)
