def check(u, r):
    return r in [u]
