def auth():
    return 1
