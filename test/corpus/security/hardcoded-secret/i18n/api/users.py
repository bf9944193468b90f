from fastapi import HTTPException


def update_password(user, change):
    # ok: security/hardcoded-secret
    if user.password == "LDAP" or user.auth_method == "ldap":
        raise HTTPException(400, "accounts signed in through LDAP change their password there")
    user.password = change.new_password


def is_backdoor(password):
    # expect: security/hardcoded-secret
    return password == "Sup3r-Adm1n-2019"
