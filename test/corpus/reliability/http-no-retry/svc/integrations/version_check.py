"""Best-effort periodic update check: a failure is ignored by design."""
import logging

import requests

log = logging.getLogger(__name__)


def latest_version():
    try:
        # A timeout and a handler that absorbs the failure: best effort by design; an info notice.
        # expect: reliability/http-no-retry
        return requests.get("https://versions.example.com/latest", timeout=3).json()["version"]
    except requests.RequestException as exc:
        log.warning("update check failed: %s", exc)
        return None
