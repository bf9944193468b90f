import os

from .base import *  # noqa: F401,F403

# expect: security/hardcoded-secret
SECRET_KEY = "k9#vT2!qLw8zR4pX@m6nB1cY7eF3hJ0s^dG5aU"

# ok: security/hardcoded-secret
ALLOWED_HOSTS = os.environ.get("ALLOWED_HOSTS", "shop.acme-retail.com").split(",")

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "shop",
        "USER": "shop_app",
        # expect: security/hardcoded-secret
        "PASSWORD": os.environ.get("SHOP_DB_PASSWORD", "Rq7!mZp2Lx9w"),
        "HOST": os.environ.get("SHOP_DB_HOST", "db"),
        "PORT": 5432,
    }
}

# ok: security/hardcoded-secret
PASSWORD_RESET_TIMEOUT = 259200

AUTH_PASSWORD_VALIDATORS = [
    # ok: security/hardcoded-secret
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
]

# expect: security/hardcoded-secret
CELERY_BROKER_URL = "redis://:Hk29fPq8sLm4@redis.internal:6379/0"

# ok: security/hardcoded-secret
STRIPE_PUBLISHABLE_KEY_ENV = "STRIPE_PUBLISHABLE_KEY"

# ok: security/hardcoded-secret
EMAIL_HOST_PASSWORD = os.environ["EMAIL_HOST_PASSWORD"]

# ok: security/hardcoded-secret
SOCIAL_AUTH_TOKEN_URL = "https://oauth2.googleapis.com/token"
