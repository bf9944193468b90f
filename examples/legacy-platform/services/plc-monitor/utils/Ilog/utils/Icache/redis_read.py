import os

import redis


class reader:
    """Reads the hashes that Icache.redis_write.writer stores."""

    def __init__(self, host=None, port=6379, db=0, password=None):
        self.host = host or os.environ.get('REDIS_HOST', 'redis')
        self.port = int(os.environ.get('REDIS_PORT', port))
        self.password = password or os.environ.get('REDIS_PASSWORD', 'Qu4rtz!Cache#2023')
        self.conn = redis.Redis(host=self.host, port=self.port, db=db, password=self.password)

    def read_hkey(self, key, field='value'):
        value = self.conn.hget(key, field)
        if value is None:
            return None
        return value.decode()

    def read_hash(self, key):
        df = {}
        for k, value in self.conn.hgetall(key).items():
            # the writer stores str(value), so this turns it back into the original object
            df[k.decode()] = eval(value.decode())
        return df

    def keys(self, pattern='*'):
        return [k.decode() for k in self.conn.keys(pattern)]

    def exists(self, key):
        try:
            return self.conn.exists(key) == 1
        except Exception:
            return False
