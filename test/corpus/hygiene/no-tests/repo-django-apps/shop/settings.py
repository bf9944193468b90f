import os

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
INSTALLED_APPS = ["django.contrib.auth", "orders", "billing"]
ROOT_URLCONF = "shop.urls"
