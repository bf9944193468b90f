api_key = None


def request(params):
    # ok: security/hardcoded-secret
    if api_key == "public":
        params["headers"] = {}
    return params


def login(password):
    # expect: security/hardcoded-secret
    return password == "root"
