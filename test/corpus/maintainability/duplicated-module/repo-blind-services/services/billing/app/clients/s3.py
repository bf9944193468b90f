# S3 helpers (copied from orders)
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


def upload_bytes(bucket, key, data, content_type="application/octet-stream"):
    client().put_object(
        Bucket=bucket, Key=key, Body=data, ContentType=content_type
    )
    return f"s3://{bucket}/{key}"


def download_bytes(bucket, key):
    obj = client().get_object(Bucket=bucket, Key=key)
    return obj["Body"].read()


def presign(bucket, key, expires=3600):
    return client().generate_presigned_url(
        "get_object", Params={"Bucket": bucket, "Key": key}, ExpiresIn=expires
    )
