from .common import *  # noqa

# Temporary, to debug the 500 on /orders
# expect: security/debug-enabled
DEBUG = True
