import os

import jwt

SECRET = os.environ["JWT_SECRET"]


def issue(user_id):
    # expect: security/hardcoded-secret
    return jwt.encode({"sub": user_id}, "acme-jwt-s1gning-2021", algorithm="HS256")


def issue_ok(user_id):
    # ok: security/hardcoded-secret
    return jwt.encode({"sub": user_id}, SECRET, algorithm="HS256")


def peek(token):
    # ok: security/hardcoded-secret
    return jwt.decode(token, options={"verify_signature": False})


def check(token):
    # expect: security/hardcoded-secret
    return jwt.decode(token, key="Qm7vT2xLp9Rk4Wz8", algorithms=["HS256"])
