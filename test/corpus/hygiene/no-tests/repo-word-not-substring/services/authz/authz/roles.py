def roles(u):
    return [u]
