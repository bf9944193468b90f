import redis

client = redis.Redis(host="cache2", port=6380, decode_responses=True, socket_timeout=self_timeout)
