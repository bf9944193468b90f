"""Thin wrapper around boto3 for the service's bkt."""
import os

import boto3
from botocore.config import Config

_session = boto3.session.Session()


def client():
    return _session.client(
        "s3",
        region_name=os.environ.get("AWS_REGION", "eu-west-1"),
        config=Config(retries={"max_attempts": 5, "mode": "standard"}),
    )


def upload_bytes(bkt, object_key, payload, content_type="application/octet-stream"):
    client().put_object(Bucket=bkt, Key=object_key, Body=payload, ContentType=content_type)
    return f"s3://{bkt}/{object_key}"


def download_bytes(bkt, object_key):
    obj = client().get_object(Bucket=bkt, Key=object_key)
    return obj["Body"].read()


def presign(bkt, object_key, ttl=3600):
    return client().generate_presigned_url(
        "get_object", Params={"Bucket": bkt, "Key": object_key}, ExpiresIn=ttl
    )
