import functools
import logging
import random
import time

logger = logging.getLogger(__name__)


def retry(exceptions=(Exception,), attempts=4, base_delay=0.5, max_delay=8.0):
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            delay = base_delay
            for attempt in range(1, attempts + 1):
                try:
                    return func(*args, **kwargs)
                except exceptions as exc:
                    if attempt == attempts:
                        raise
                    sleep_for = min(max_delay, delay) * (1 + random.random() / 4)
                    logger.warning("%s failed (%s), retry %d/%d in %.1fs", func.__name__, exc, attempt, attempts, sleep_for)
                    time.sleep(sleep_for)
                    delay *= 2
        return wrapper
    return decorator
