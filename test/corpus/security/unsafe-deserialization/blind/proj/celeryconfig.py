broker_url = "redis://redis:6379/0"
# expect: security/unsafe-deserialization
task_serializer = "pickle"
result_serializer = "json"
# expect: security/unsafe-deserialization
accept_content = ["pickle", "json"]
