import redis

client = redis.Redis(host="cache", port=6379, decode_responses=True, socket_timeout=self_timeout)
