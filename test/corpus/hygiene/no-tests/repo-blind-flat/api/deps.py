import logging

log = logging.getLogger(__name__)


def deps(x):
    log.info("%s", x)
    return x
