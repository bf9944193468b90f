from urllib.parse import unquote_plus


def s3_records(event):
    for record in event.get("Records", []):
        if record.get("eventSource") != "aws:s3":
            continue
        bucket = record["s3"]["bucket"]["name"]
        key = unquote_plus(record["s3"]["object"]["key"])
        size = record["s3"]["object"].get("size", 0)
        yield bucket, key, size


def sqs_bodies(event):
    for record in event.get("Records", []):
        if record.get("eventSource") == "aws:sqs":
            yield record["body"]
