import logging
import random
import time

log = logging.getLogger(__name__)


def with_retries(fn, attempts=5, base_delay=0.2, max_delay=5.0, retry_on=(ConnectionError, TimeoutError)):
    """Call fn, retrying transient failures with capped exponential backoff and jitter."""
    delay = base_delay
    for attempt in range(1, attempts + 1):
        try:
            return fn()
        except retry_on as exc:
            if attempt == attempts:
                log.error("giving up after %d attempts: %s", attempt, exc)
                raise
            sleep_for = min(max_delay, delay) * (0.5 + random.random())
            log.warning("attempt %d failed (%s), retrying in %.2fs", attempt, exc, sleep_for)
            time.sleep(sleep_for)
            delay *= 2
    raise RuntimeError("unreachable")


def retrying(attempts=5, retry_on=(ConnectionError, TimeoutError)):
    def wrap(fn):
        def inner(*args, **kwargs):
            return with_retries(lambda: fn(*args, **kwargs), attempts=attempts, retry_on=retry_on)
        return inner
    return wrap
