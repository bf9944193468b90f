import os

MAIL_KEY = os.environ.get("MAIL_KEY")
TEMPLATE_DIR = os.getenv("TEMPLATE_DIR", "templates")
