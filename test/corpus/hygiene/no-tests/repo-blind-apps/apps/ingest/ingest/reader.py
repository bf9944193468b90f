import logging

log = logging.getLogger(__name__)


def reader(x):
    log.info("%s", x)
    return x
