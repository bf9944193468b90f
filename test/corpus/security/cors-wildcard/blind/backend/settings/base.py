import os

INSTALLED_APPS = ["corsheaders", "django.contrib.contenttypes", "api"]
MIDDLEWARE = ["corsheaders.middleware.CorsMiddleware", "django.middleware.common.CommonMiddleware"]
# ok: security/cors-wildcard
CORS_ALLOW_ALL_ORIGINS = False
# ok: security/cors-wildcard
CORS_ALLOWED_ORIGINS = os.environ.get("CORS_ALLOWED_ORIGINS", "https://shop.acme.io").split(",")
