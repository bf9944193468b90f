import logging

log = logging.getLogger(__name__)


def diff(x):
    log.info("%s", x)
    return x
