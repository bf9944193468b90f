from .base import *  # noqa: F403

# expect: security/cors-wildcard
CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOW_CREDENTIALS = True
