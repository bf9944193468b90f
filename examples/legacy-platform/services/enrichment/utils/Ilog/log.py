import datetime
import os
import sys

from loguru import logger

from .utils.Icache.redis_read import reader
from .utils.Icache.redis_write import writer


class log:
    """loguru to stdout plus a copy of every record in a Redis hash per service.

    The level is read from Redis (key '<service>:level') so it can be changed without a restart.
    """

    def __init__(self, service, ttl=86400):
        self.service = service
        self.ttl = int(os.environ.get('LOG_TTL', ttl))
        self.READER = reader()
        self.WRITER = writer()
        logger.remove()
        logger.add(sys.stdout, level=self.level())

    def level(self):
        try:
            level = eval(self.READER.read_hkey(self.service + ':level'))
        except:
            level = 'DEBUG'
        return level

    def write(self, level, message):
        stamp = datetime.datetime.now().isoformat()
        logger.log(level, message)
        record = "'time': '%s', 'level': '%s', 'message': %r" % (stamp, level, message)
        record = eval(str('{' + record + '}'))
        self.WRITER.write_hkey(self.service + ':log', record, field=stamp, ttl=self.ttl)

    def info(self, message):
        self.write('INFO', message)

    def warning(self, message):
        self.write('WARNING', message)

    def error(self, message):
        self.write('ERROR', message)
