MIDDLEWARE = [
    "django.middleware.common.CommonMiddleware",
    "site_app.timing.TimingMiddleware",
]
AUTHENTICATION_BACKENDS = ["site_app.auth_backends.TokenBackend"]
