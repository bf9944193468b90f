from concurrent.futures import ThreadPoolExecutor


def evaluate_all(expressions):
    # expect: security/code-eval
    return list(map(eval, expressions))


def run_scripts(scripts):
    with ThreadPoolExecutor() as pool:
        # expect: security/code-eval
        return [pool.submit(exec, s) for s in scripts]


# expect: security/code-eval
HANDLERS = {"calc": eval}


def train_step(model, batch):
    # ok: security/code-eval
    hooks = [model.eval, model.train]
    return hooks


def describe(fn=None):
    # ok: security/code-eval
    return fn or "eval"
