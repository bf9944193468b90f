import logging

from common.events import s3_records
from common.logging_setup import configure

configure()
log = logging.getLogger("thumbnail")


def handler(event, context):
    for bucket, key, _ in s3_records(event):
        log.info("thumbnail %s/%s", bucket, key)
