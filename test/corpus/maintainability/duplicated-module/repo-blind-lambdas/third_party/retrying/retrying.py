# Vendored from https://github.com/rholder/retrying (Apache-2.0), trimmed.
import random
import time


def retry(stop_max_attempt_number=3, wait_random_min=0, wait_random_max=1000):
    def decorator(fn):
        def wrapped(*args, **kwargs):
            attempt = 0
            while True:
                try:
                    return fn(*args, **kwargs)
                except Exception:
                    attempt += 1
                    if attempt >= stop_max_attempt_number:
                        raise
                    time.sleep(random.uniform(wait_random_min, wait_random_max) / 1000.0)
        return wrapped
    return decorator
