import logging

log = logging.getLogger(__name__)


def seed(x):
    log.info("%s", x)
    return x
