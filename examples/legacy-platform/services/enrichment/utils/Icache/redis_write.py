import os

import redis


class writer:
    """Stores values as str() in Redis hashes, optionally with a TTL."""

    def __init__(self, host=None, port=6379, db=0, password=None):
        self.host = host or os.environ.get('REDIS_HOST', 'redis')
        self.port = int(os.environ.get('REDIS_PORT', port))
        self.password = password or os.environ.get('REDIS_PASSWORD', 'Qu4rtz!Cache#2023')
        self.conn = redis.Redis(host=self.host, port=self.port, db=db, password=self.password)

    def write_hkey(self, key, value, field='value', ttl=None):
        self.conn.hset(key, field, str(value))
        if ttl:
            self.conn.expire(key, ttl)

    def write_hash(self, key, mapping, ttl=None):
        self.conn.hset(key, mapping={k: str(v) for k, v in mapping.items()})
        if ttl:
            self.conn.expire(key, ttl)

    def delete(self, key):
        try:
            self.conn.delete(key)
        except Exception:
            pass
