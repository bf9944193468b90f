import logging

log = logging.getLogger(__name__)


def main(x):
    log.info("%s", x)
    return x
