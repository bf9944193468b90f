import json
import logging
import time

import redis

log = logging.getLogger(__name__)

try:
    import orjson as fastjson
# ok: reliability/swallowed-exception
except ImportError:
    fastjson = None


class RedisReader:
    def __init__(self, host, port=6379):
        self.client = redis.Redis(host=host, port=port)

    def read_hkey(self, key):
        try:
            return self.client.hgetall(key)
        # expect: reliability/swallowed-exception
        except Exception:
            pass

    def read_many(self, keys):
        out = {}
        for key in keys:
            try:
                out[key] = json.loads(self.client.get(key))
            # expect: reliability/swallowed-exception
            except (TypeError, ValueError):
                continue
        return out

    def ttl(self, key):
        try:
            return int(self.client.ttl(key))
        # ok: reliability/swallowed-exception
        except redis.RedisError:
            log.warning("ttl lookup failed for %s", key, exc_info=True)
            return -1

    def close(self):
        try:
            self.client.close()
        # expect: reliability/swallowed-exception
        except:  # noqa: E722
            pass

    def wait(self, key, timeout=30):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                return self.client.blpop(key, timeout=1)
            # ok: reliability/swallowed-exception
            except redis.TimeoutError:
                time.sleep(0.5)
        return None
