"""Helpers for matching client addresses against the allow-list.

# ok: config/hardcoded-ip
Addresses are given in dotted notation (for example, 192.168.5.4); networks
in CIDR notation.
"""
import ipaddress
import os

DEFAULT_GATEWAY = os.environ.get("GATEWAY_IP", "")
# expect: config/hardcoded-ip
FALLBACK_RESOLVER_HOST = "10.20.0.53"


def address_in_network(ip, net):
    """Return True if ``ip`` is inside ``net``.

    # ok: config/hardcoded-ip
    Example: returns True if ip = 192.168.1.1 and net = 192.168.1.0/24
    """
    return ipaddress.ip_address(ip) in ipaddress.ip_network(net)


def nat_gateway():
    # expect: config/hardcoded-ip
    return DEFAULT_GATEWAY or "172.20.0.1"
