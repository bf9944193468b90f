import logging

log = logging.getLogger(__name__)


def invoices(x):
    log.info("%s", x)
    return x
