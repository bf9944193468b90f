"""Deploy key bundled for the release bot."""
# expect: security/hardcoded-secret
DEPLOY_KEY = """-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
QyNTUxOQAAACBqV3n5d0Yk1pT9rW4sL7nD0cF6hJ5gA3eB8uI1oK2yEAAAAJj7Yh0b+2Ed
-----END OPENSSH PRIVATE KEY-----
"""
