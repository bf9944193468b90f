import environ
from decouple import config

env = environ.Env()
# expect: security/debug-enabled
DEBUG = env.bool("DJANGO_DEBUG", default=True)
# ok: security/debug-enabled
TEMPLATE_DEBUG = config("DEBUG", default=True, cast=bool)
