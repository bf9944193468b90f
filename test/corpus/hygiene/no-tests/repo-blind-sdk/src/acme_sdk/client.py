import logging

log = logging.getLogger(__name__)


def client(x):
    log.info("%s", x)
    return x
