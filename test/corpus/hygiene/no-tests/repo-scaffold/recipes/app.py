def app():
    return 1
