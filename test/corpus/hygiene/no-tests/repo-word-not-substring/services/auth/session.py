def session(u):
    return {"u": u}
