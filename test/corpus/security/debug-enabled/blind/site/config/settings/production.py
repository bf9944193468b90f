from .base import *  # noqa: F403

# ok: security/debug-enabled
DEBUG = False
