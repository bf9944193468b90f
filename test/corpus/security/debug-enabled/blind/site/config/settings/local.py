from .base import *  # noqa: F403

# ok: security/debug-enabled
DEBUG = True
INSTALLED_APPS += ["debug_toolbar"]  # noqa: F405
