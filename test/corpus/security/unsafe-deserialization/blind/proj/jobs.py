import cloudpickle
import dill
import jsonpickle
from flask import Flask, request

app = Flask(__name__)


@app.post("/jobs")
def submit():
    # expect: security/unsafe-deserialization
    job = jsonpickle.decode(request.get_data(as_text=True))
    return {"id": job.id}


def run_task(message):
    # expect: security/unsafe-deserialization
    fn = cloudpickle.loads(message.body)
    return fn()


def restore_state(data: bytes):
    # expect: security/unsafe-deserialization
    return dill.loads(data)


def snapshot(state) -> bytes:
    # ok: security/unsafe-deserialization
    return dill.dumps(state)
