import logging

log = logging.getLogger(__name__)


def routes(x):
    log.info("%s", x)
    return x
