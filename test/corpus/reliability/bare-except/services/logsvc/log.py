import logging
import os

from .redis_reader import RedisReader


class Logger:
    READER = RedisReader(os.environ.get("REDIS_HOST", "localhost"))

    def __init__(self, name):
        self.logger = logging.getLogger(name)
        try:
            level = self.READER.read_hkey("level")
        # expect: reliability/bare-except
        except:
            level = "DEBUG"
        self.logger.setLevel(level)

    def flush(self):
        for h in self.logger.handlers:
            try:
                h.flush()
            # ok: reliability/bare-except
            except OSError:
                pass
