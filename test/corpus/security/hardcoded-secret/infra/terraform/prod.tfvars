region        = "eu-west-1"
instance_type = "t3.large"
# expect: security/hardcoded-secret
datadog_api_key = "9f3c1a7e5b2d4c6f8a0b1c2d3e4f5a6b"
# ok: security/hardcoded-secret
db_password = ""
