import redis

r = redis.Redis(host="cache")
