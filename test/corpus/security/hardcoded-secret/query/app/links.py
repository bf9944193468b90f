# ok: security/hardcoded-secret
SORT_URL = "https://shop.internal/api/products?key=created_at&order=desc"
# ok: security/hardcoded-secret
DOCS_URL = "https://example.com/hook?token=0123456789abcdef0123"
# expect: security/hardcoded-secret
ALERT_WEBHOOK = "https://alerts.shop.internal/v1/notify?access_token=9fQ2xL7pR4vN8mK3tZ6w"
