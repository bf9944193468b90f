import dill
import jsonpickle
import joblib
from flask import request


def import_pipeline():
    blob = request.files["pipeline"].read()
    # expect: security/unsafe-deserialization
    return dill.loads(blob)


def import_state():
    # expect: security/unsafe-deserialization
    return jsonpickle.decode(request.get_data(as_text=True))


def load_model(path):
    # ok: security/unsafe-deserialization
    return joblib.load(path)
