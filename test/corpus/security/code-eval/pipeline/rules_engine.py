"""Evaluates alerting rules pulled from the rules table."""
import ast
import json
import logging

log = logging.getLogger(__name__)

OPERATORS = {"gt": lambda a, b: a > b, "lt": lambda a, b: a < b}


def evaluate(rule_row, metrics):
    # expect: security/code-eval
    condition = eval(rule_row["expression"], {"__builtins__": {}}, metrics)
    # ok: security/code-eval
    threshold = ast.literal_eval(rule_row["threshold"])
    # ok: security/code-eval
    op = OPERATORS[rule_row["op"]]
    return condition and op(metrics["value"], threshold)


def on_kafka_message(msg):
    # expect: security/code-eval
    payload = eval(msg.value().decode("utf-8"))
    # ok: security/code-eval
    meta = json.loads(msg.headers()[0][1])
    return payload, meta


def run_hook(path):
    with open(path) as fh:
        source = fh.read()
    # expect: security/code-eval
    exec(compile(source, path, "exec"), {})


def version():
    # A constant string: an info notice (nothing can be injected, but the code could be written out).
    # expect: security/code-eval
    return eval("(3, 11)")
