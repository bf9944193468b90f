import environ

env = environ.Env()
# expect: security/debug-enabled
DEBUG = env.bool("DJANGO_DEBUG", default=True)
# ok: security/debug-enabled
SECRET_KEY = env("DJANGO_SECRET_KEY")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["localhost"])
