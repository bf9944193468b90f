import logging

from common.events import sqs_bodies

log = logging.getLogger("indexer")


def handler(event, context):
    for body in sqs_bodies(event):
        log.info("index %s", body)
