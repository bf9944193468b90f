from .common import *  # noqa
# ok: security/debug-enabled
DEBUG = True
