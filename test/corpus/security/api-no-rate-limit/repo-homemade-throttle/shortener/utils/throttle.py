"""The project's own cache-based limiter: a fixed window per client address and key."""
from django.core.cache import cache


def check_rate_limit(request, key_prefix, rate, per_seconds):
    key = f"{key_prefix}:{request.META.get('REMOTE_ADDR')}"
    count = cache.get_or_set(key, 0, per_seconds)
    if count >= rate:
        return False
    cache.incr(key)
    return True
