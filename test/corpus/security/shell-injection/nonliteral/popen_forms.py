import os as o
from os import popen as pos


def probe(host):
    # expect: security/shell-injection
    return o.popen(host.ping_command).read()


def probe2(line):
    # expect: security/shell-injection
    return pos(line).read()


def version():
    # ok: security/shell-injection
    return pos("uname -a").read()
