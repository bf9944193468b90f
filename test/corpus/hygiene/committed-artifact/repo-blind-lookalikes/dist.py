def distribute(items, n):
    return [items[i::n] for i in range(n)]
