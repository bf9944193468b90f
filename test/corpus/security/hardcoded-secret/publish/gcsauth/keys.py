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

# Registry keys and service names, not credentials.
# ok: security/hardcoded-secret
STORAGE_V1_CLIENT_KEY = "storage_v1_client"
# ok: security/hardcoded-secret
_CLOUD_SQL_API_SERVICE_TOKEN = "sql-component.googleapis.com"
# expect: security/hardcoded-secret
UPLOAD_CLIENT_KEY = "u9Xf-27qLmw-PzR4"
