import logging

log = logging.getLogger(__name__)


def errors(x):
    log.info("%s", x)
    return x
