import logging

log = logging.getLogger(__name__)


def tax(x):
    log.info("%s", x)
    return x
