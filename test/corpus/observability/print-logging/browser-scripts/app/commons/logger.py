import logging
import os


class Logger:
    def __init__(self):
        self.level = int(os.environ.get("APP_LOG_LEVEL", logging.INFO))

    def info(self, message):
        if self.level <= logging.INFO:
            # ok: observability/print-logging
            print(message)
