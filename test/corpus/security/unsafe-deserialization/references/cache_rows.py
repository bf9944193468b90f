import json
import pickle
from pickle import loads as unpickle


def read_rows(cursor):
    blobs = [row[0] for row in cursor.fetchall()]
    # expect: security/unsafe-deserialization
    return list(map(pickle.loads, blobs))


# expect: security/unsafe-deserialization
DECODERS = {"pickle": unpickle, "json": json.loads}

# ok: security/unsafe-deserialization
PARSE = json.loads


def encode(obj):
    # ok: security/unsafe-deserialization
    return pickle.dumps(obj)
