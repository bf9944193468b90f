import logging

log = logging.getLogger(__name__)


def parser(x):
    log.info("%s", x)
    return x
