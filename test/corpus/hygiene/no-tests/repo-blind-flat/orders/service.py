import logging

log = logging.getLogger(__name__)


def service(x):
    log.info("%s", x)
    return x
