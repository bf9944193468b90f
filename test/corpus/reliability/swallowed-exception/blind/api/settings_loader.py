import json
import logging

log = logging.getLogger(__name__)
DEFAULTS = {"page_size": 50}


def load_overrides(path):
    try:
        with open(path) as fh:
            return json.load(fh)
    # ok: reliability/swallowed-exception
    except FileNotFoundError:
        return {}
    # expect: reliability/swallowed-exception
    except Exception:  # best effort, settings are optional
        pass


def page_size(overrides):
    try:
        size = int(overrides["page_size"])
    # ok: reliability/swallowed-exception
    except (KeyError, ValueError):
        size = DEFAULTS["page_size"]
    return size


def reload(path):
    try:
        return load_overrides(path)
    # ok: reliability/swallowed-exception
    except Exception:
        log.exception("reloading %s failed", path)
        raise
