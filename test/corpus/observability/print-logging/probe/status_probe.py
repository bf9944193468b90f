"""Healthcheck for the api container: prints why it failed, for `docker inspect`."""
import sys
import urllib.request


def main() -> int:
    try:
        body = urllib.request.urlopen("http://127.0.0.1:8000/health", timeout=2).read().decode()
    except OSError as exc:
        # ok: observability/print-logging
        print(f"api unreachable: {exc}", file=sys.stderr)
        return 1
    if "ok" not in body:
        print(f"unexpected health body: {body[:80]}", file=sys.stderr)
        return 1
    return 0


sys.exit(main())
