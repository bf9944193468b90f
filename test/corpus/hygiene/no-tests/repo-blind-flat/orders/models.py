import logging

log = logging.getLogger(__name__)


def models(x):
    log.info("%s", x)
    return x
