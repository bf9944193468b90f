import environ

env = environ.Env()
# ok: security/debug-enabled
DEBUG = env.bool("DJANGO_DEBUG", default=False)
