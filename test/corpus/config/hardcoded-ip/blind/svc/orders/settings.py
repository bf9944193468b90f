import os

# Primary Redis used for the order queue (moved from 10.12.0.6 in March).
# expect: config/hardcoded-ip
REDIS_HOST = "10.12.0.7"
REDIS_PORT = int(os.environ.get("REDIS_PORT", "6379"))

# ok: config/hardcoded-ip
BIND_ADDRESS = "0.0.0.0"
# ok: config/hardcoded-ip
STATSD_HOST = os.environ.get("STATSD_HOST", "127.0.0.1")

# ok: config/hardcoded-ip
ALLOWED_NETWORKS = ["10.0.0.0/8", "172.16.0.0/12"]
# ok: config/hardcoded-ip
NETMASK = "255.255.255.0"
# ok: config/hardcoded-ip
DNS_FALLBACK = ["8.8.8.8", "1.1.1.1"]
# ok: config/hardcoded-ip
METADATA_URL = "http://169.254.169.254/latest/meta-data/instance-id"

# ok: config/hardcoded-ip
SYS_UPTIME_OID = "1.3.6.1.2.1.1.3.0"
# ok: config/hardcoded-ip
__version__ = "2.14.3.1"


def inventory_url(port=8081):
    # expect: config/hardcoded-ip
    return f"http://192.168.40.12:{port}/api/v2/stock"


def legacy_ftp():
    # expect: config/hardcoded-ip
    return {"host": "34.120.18.77", "user": "orders", "passive": True}
