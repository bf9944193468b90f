"""Names of the fields in a service-account key file and the defaults gsutil-style tools ship with."""

# ok: security/hardcoded-secret
_JSON_FILE_PRIVATE_KEY = "private_key"
# ok: security/hardcoded-secret
_JSON_FILE_PRIVATE_KEY_ID = "private_key_id"
# ok: security/hardcoded-secret
REFRESH_TOKEN_FIELD_TOKEN = "refresh_token"

# The password Google uses for every PKCS#12 key it generates: public, documented.
# ok: security/hardcoded-secret
GOOGLE_OAUTH2_DEFAULT_FILE_PASSWORD = "notasecret"

# expect: security/hardcoded-secret
SESSION_SECRET_KEY = "super-secret-key"
# expect: security/hardcoded-secret
POSTGRES_PASSWORD = "postgres"

# A development default that says what it is.
# ok: security/hardcoded-secret
DEV_SECRET_KEY = "dev-only-not-a-secret"
