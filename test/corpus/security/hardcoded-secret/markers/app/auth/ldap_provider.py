def user_from_directory(entry):
    return {
        "username": entry["uid"],
        # ok: security/hardcoded-secret
        "password": "LDAP",
        "auth_method": "ldap",
    }


def bootstrap_admin():
    return {
        "username": "admin",
        # expect: security/hardcoded-secret
        "password": "Adm1n-b00tstrap",
    }
