def keys():
    return []
