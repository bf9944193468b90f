import os
import secrets

import boto3
from pydantic import Field
from pydantic_settings import BaseSettings

s3 = boto3.client(
    "s3",
    # expect: security/hardcoded-secret
    aws_access_key_id="AKIAZ7QW2MNX4RLPT8VB",
    # expect: security/hardcoded-secret
    aws_secret_access_key="Yh3kP9vL2mQ8xW5zR1nT7cB4fJ6sD0gA3eU9iO2p",
)

# expect: security/hardcoded-secret
SLACK_WEBHOOK_URL = "https://hooks.slack.com/services/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"


class Settings(BaseSettings):
    # ok: security/hardcoded-secret
    db_password: str = Field(..., alias="DB_PASSWORD")
    # ok: security/hardcoded-secret
    jwt_algorithm: str = "HS256"
    # ok: security/hardcoded-secret
    api_key: str | None = None


# ok: security/hardcoded-secret
PASSWORD_REGEX = r"^(?=.*[A-Z])(?=.*\d).{12,}$"
# ok: security/hardcoded-secret
SESSION_SECRET = secrets.token_hex(32)
# ok: security/hardcoded-secret
DB_PASSWORD = os.environ.get("DB_PASSWORD", "")
# ok: security/hardcoded-secret
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")
# ok: security/hardcoded-secret
AUTH_TOKEN_HEADER = "Authorization"


def client(api_key):
    # ok: security/hardcoded-secret
    return {"api_key": api_key, "password": None}
