import logging

log = logging.getLogger(__name__)


def transform(x):
    log.info("%s", x)
    return x
