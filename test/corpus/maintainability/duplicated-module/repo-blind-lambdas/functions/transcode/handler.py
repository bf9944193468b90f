import logging

from common.events import s3_records
from common.logging_setup import configure

configure()
log = logging.getLogger("transcode")


def handler(event, context):
    for bucket, key, size in s3_records(event):
        if size > 0:
            log.info("transcode %s/%s", bucket, key)
