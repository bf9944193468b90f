import logging

log = logging.getLogger(__name__)


def backfill(x):
    log.info("%s", x)
    return x
