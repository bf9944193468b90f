import json

import redis

r = redis.Redis(host="redis")

RELEASE_LOCK = """
if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end
return 0
"""


def consume():
    pubsub = r.pubsub()
    pubsub.subscribe("jobs")
    for msg in pubsub.listen():
        if msg["type"] != "message":
            continue
        # expect: security/code-eval
        job = eval(msg["data"].decode("utf-8"))
        handle(job)


def release(key, token):
    # ok: security/code-eval
    return r.eval(RELEASE_LOCK, 1, key, token)


def run_hook(source: str, context: dict) -> None:
    code = compile(source, "<hook>", "exec")
    # expect: security/code-eval
    exec(
        code,
        {"__builtins__": __builtins__},
        context,
    )


def load_plugin(path):
    namespace = {}
    with open(path) as fh:
        # expect: security/code-eval
        exec(fh.read(), namespace)
    return namespace


def handle(job):
    # ok: security/code-eval
    print(json.loads(json.dumps(job)))
