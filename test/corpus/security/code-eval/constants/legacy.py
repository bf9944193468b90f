def setup_globals(ns):
    # A constant string: an info notice.
    # expect: security/code-eval
    exec("import os", ns)
    return ns


def evaluate(expression, ns):
    # expect: security/code-eval
    return eval(expression, ns)


def literal(value):
    import ast

    # ok: security/code-eval
    return ast.literal_eval(value)
