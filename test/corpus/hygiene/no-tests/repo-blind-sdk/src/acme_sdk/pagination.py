import logging

log = logging.getLogger(__name__)


def pagination(x):
    log.info("%s", x)
    return x
