import os

from .base import *  # noqa: F403

# expect: security/debug-enabled
DEBUG = bool(int(os.getenv("DJANGO_DEBUG", 1)))
