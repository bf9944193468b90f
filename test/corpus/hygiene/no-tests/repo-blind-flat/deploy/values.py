import logging

log = logging.getLogger(__name__)


def values(x):
    log.info("%s", x)
    return x
