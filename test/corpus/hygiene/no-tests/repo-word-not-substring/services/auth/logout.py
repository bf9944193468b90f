def logout(u):
    return u
