from .base import *  # noqa: F403

DEBUG = True
# ok: security/cors-wildcard
CORS_ALLOW_ALL_ORIGINS = True
