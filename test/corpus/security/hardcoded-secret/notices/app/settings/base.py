# Development settings; prod.py replaces the key.
# expect: security/hardcoded-secret
SECRET_KEY = "kgq$h3@!!vbb6*nzfz(dbze=*)zsroqa8gvc0#1gx$3cd8z99^"
DEBUG = False
