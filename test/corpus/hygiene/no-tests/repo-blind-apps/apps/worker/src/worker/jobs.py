import logging

log = logging.getLogger(__name__)


def jobs(x):
    log.info("%s", x)
    return x
