import logging

log = logging.getLogger(__name__)


def views(x):
    log.info("%s", x)
    return x
