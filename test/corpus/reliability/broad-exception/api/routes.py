from flask import Flask, jsonify, request

from .store import Store, NotFound

app = Flask(__name__)
store = Store()


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
