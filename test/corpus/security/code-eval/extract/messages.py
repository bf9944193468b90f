"""A message extractor for the translation tool: runs the project's own message files."""
from os import path

MSG_FILES = [path.join(path.dirname(__file__), "app.msg")]


def extract(fileobj, keywords, comment_tags, options):
    if fileobj.name not in MSG_FILES:
        raise RuntimeError("unknown message file %s" % fileobj.name)
    namespace = {}
    # Only the files of a fixed allow-list get here: an info notice.
    # expect: security/code-eval
    exec(fileobj.read(), {}, namespace)
    return namespace


def run_plugin(fileobj, allowed):
    if fileobj.name in allowed:
        print("running", fileobj.name)
    # The check does not stop anything (no raise/return): reported.
    # expect: security/code-eval
    exec(fileobj.read(), {})


def run_script(script, other):
    if other.name not in MSG_FILES:
        raise RuntimeError("unknown file")
    # The allow-list guards another object than the code that runs: reported.
    # expect: security/code-eval
    exec(script.read(), {})
