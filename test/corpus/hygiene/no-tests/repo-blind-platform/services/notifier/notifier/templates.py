import logging

log = logging.getLogger(__name__)


def templates(x):
    log.info("%s", x)
    return x
