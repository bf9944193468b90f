import redis

client = redis.Redis()


def get(key):
    return client.get(key)
