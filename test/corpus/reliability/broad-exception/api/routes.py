import logging
import traceback

from flask import Flask, jsonify, request

from .store import Store, NotFound

app = Flask(__name__)
store = Store()
log = logging.getLogger(__name__)
model = store.model


@app.get("/items/<item_id>")
def get_item(item_id):
    try:
        return jsonify(store.get(item_id))
    # ok: reliability/broad-exception
    except NotFound:
        return jsonify(error="not found"), 404


@app.post("/items")
def create_item():
    try:
        item = store.create(request.get_json())
    # expect: reliability/broad-exception
    except Exception as e:
        return jsonify(error=str(e)), 500
    return jsonify(item), 201


@app.delete("/items/<item_id>")
def delete_item(item_id):
    try:
        store.delete(item_id)
    # expect: reliability/broad-exception
    except BaseException as e:
        app.logger.warning("delete failed: %s", e)
    return "", 204


def warm_cache():
    try:
        store.preload()
    # ok: reliability/broad-exception
    except Exception:
        ...


@app.post("/represent")
def represent():
    try:
        return jsonify(results=model.represent(request.get_json())), 200
    # expect: reliability/broad-exception
    except Exception as err:
        tb_str = traceback.format_exc()
        log.error(tb_str)
        return jsonify(error=f"Exception while representing: {err} - {tb_str}"), 400


@app.post("/verify")
def verify():
    try:
        return jsonify(model.verify(request.get_json())), 200
    # ok: reliability/broad-exception
    except Exception:
        log.exception("verify failed")
        return jsonify(error="internal error"), 500
