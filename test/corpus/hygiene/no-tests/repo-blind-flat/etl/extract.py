import logging

log = logging.getLogger(__name__)


def extract(x):
    log.info("%s", x)
    return x
