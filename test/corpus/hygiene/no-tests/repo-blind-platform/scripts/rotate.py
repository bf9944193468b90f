import logging

log = logging.getLogger(__name__)


def rotate(x):
    log.info("%s", x)
    return x
