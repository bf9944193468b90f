import logging

log = logging.getLogger(__name__)


def schemas(x):
    log.info("%s", x)
    return x
