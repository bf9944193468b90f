def allow(r):
    return r == "admin"
