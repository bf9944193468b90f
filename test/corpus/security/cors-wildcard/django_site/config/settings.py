import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
DEBUG = os.environ.get("DJANGO_DEBUG") == "1"
INSTALLED_APPS = ["django.contrib.admin", "corsheaders", "rest_framework"]
MIDDLEWARE = ["corsheaders.middleware.CorsMiddleware", "django.middleware.common.CommonMiddleware"]
# expect: security/cors-wildcard
CORS_ORIGIN_ALLOW_ALL = True
# ok: security/cors-wildcard
CORS_ALLOWED_ORIGINS = ["https://www.example.com"]
# ok: security/cors-wildcard
CORS_ALLOW_ALL_ORIGINS = DEBUG
