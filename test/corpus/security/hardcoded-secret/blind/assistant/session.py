"""Session keys of the assistant service: names of stored entries, not secrets."""
# ok: security/hardcoded-secret
SESSION_KEY = "assistant_session_id"
# ok: security/hardcoded-secret
CACHE_TOKEN_KEY = "auth.token.cache"
# expect: security/hardcoded-secret
SIGNING_KEY = "Zq81-vK2p-assistant-HMAC-77"
# expect: security/hardcoded-secret
NOTIFY_KEY = "xoxb-2093482301-9348230192-Jq8vL2mQx7RkT4pWz9nB3cYd"
