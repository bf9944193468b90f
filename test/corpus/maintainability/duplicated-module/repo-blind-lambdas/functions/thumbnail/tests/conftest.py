import json
import pathlib

import boto3
import pytest
from moto import mock_aws


@pytest.fixture
def s3_event():
    path = pathlib.Path(__file__).parent / "events" / "s3_put.json"
    return json.loads(path.read_text())


@pytest.fixture
def bucket():
    with mock_aws():
        s3 = boto3.client("s3", region_name="eu-west-1")
        s3.create_bucket(Bucket="media", CreateBucketConfiguration={"LocationConstraint": "eu-west-1"})
        yield "media"
