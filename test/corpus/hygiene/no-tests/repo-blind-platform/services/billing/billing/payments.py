import logging

log = logging.getLogger(__name__)


def payments(x):
    log.info("%s", x)
    return x
