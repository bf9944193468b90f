import logging

log = logging.getLogger(__name__)


def lookup(x):
    log.info("%s", x)
    return x
