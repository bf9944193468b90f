"""Predictor settings."""
import os

# expect: config/hardcoded-ip
REDIS_HOST = os.getenv("REDIS_HOST", "10.0.0.146")
REDIS_PORT = 6379
# expect: config/hardcoded-ip
RABBIT_URL = "amqp://guest:guest@10.0.0.147:5672/%2F"
# ok: config/hardcoded-ip
BIND_ADDRESS = "0.0.0.0"
# ok: config/hardcoded-ip
__version__ = "2.1.0.3"
# ok: config/hardcoded-ip
ALLOWED_NETWORKS = ["10.0.0.0/8", "192.168.0.0/16"]
# ok: config/hardcoded-ip
NETMASK = "255.255.255.0"
# ok: config/hardcoded-ip
HEALTH_URL = "http://127.0.0.1:8000/health"
# ok: config/hardcoded-ip
# Staging used 10.0.5.20 until the migration.
MODEL_VERSION = "v2"
