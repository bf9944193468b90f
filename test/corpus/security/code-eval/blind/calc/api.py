import ast
import operator

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.get("/calc")
def calc():
    expr = request.args.get("expr", "0")
    # expect: security/code-eval
    return jsonify(result=eval(expr))


@app.post("/calc/binary")
def binary():
    body = request.get_json()
    a, op, b = body["a"], body["op"], body["b"]
    # expect: security/code-eval
    value = eval(f"{a} {op} {b}")
    return jsonify(result=value)


@app.post("/calc/literal")
def literal():
    # ok: security/code-eval
    value = ast.literal_eval(request.get_data(as_text=True))
    return jsonify(result=value)


OPS = {"+": operator.add, "-": operator.sub}


def safe_binary(a, op, b):
    # ok: security/code-eval
    return OPS[op](a, b)


# A constant string: an info notice.
# expect: security/code-eval
PY_VERSION = eval("__import__('sys').version_info[:2]")
