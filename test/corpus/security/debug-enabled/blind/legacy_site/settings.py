import os

BASE_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SECRET_KEY = os.environ["SECRET_KEY"]
# expect: security/debug-enabled
DEBUG = True
# ok: security/debug-enabled
TEMPLATE_DIRS = [os.path.join(BASE_DIR, "templates")]
