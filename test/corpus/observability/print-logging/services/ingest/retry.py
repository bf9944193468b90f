import sys
import time


def with_retry(fn, attempts=3):
    for i in range(attempts):
        try:
            return fn()
        except ConnectionError as e:
            # expect: observability/print-logging
            print(f"attempt {i} failed: {e}", file=sys.stderr)
            time.sleep(2**i)
    raise RuntimeError("gave up")
