from .base import *  # noqa: F403

DEBUG = False
# expect: security/cors-wildcard
CORS_ORIGIN_ALLOW_ALL = True
