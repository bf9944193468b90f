def loop():
    pass
