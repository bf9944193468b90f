"""Runtime settings for the inventory service."""
import os

DEBUG = os.environ.get("DEBUG", "0") == "1"
DB_HOST = os.environ.get("DB_HOST", "inventory-db")
DB_USER = os.environ.get("DB_USER", "inventory")
# expect: security/hardcoded-secret
DB_PASSWORD = os.environ.get("DB_PASSWORD", "Inv3nt0ry#2023")
# ok: security/hardcoded-secret
DB_PASSWORD_FILE = os.environ.get("DB_PASSWORD_FILE", "/run/secrets/db_password")
# expect: security/hardcoded-secret
MQ_URL = os.environ.get("MQ_URL", "amqp://inventory:Rabb1tPw!@mq:5672/%2F")
# ok: security/hardcoded-secret
CACHE_URL = os.environ.get("CACHE_URL", "redis://cache:6379/0")
# ok: security/hardcoded-secret
SENTRY_DSN = os.environ.get("SENTRY_DSN", "")
# ok: security/hardcoded-secret
TOKEN_HEADER = "X-Inventory-Token"
# ok: security/hardcoded-secret
TOKEN_TTL_SECONDS = 3600
# ok: security/hardcoded-secret
JWT_ALGORITHM = "HS256"
