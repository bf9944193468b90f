import os as o
from os import popen as pos


def probe(host):
    # expect: security/shell-injection
    return o.popen(host.ping_command).read()


def probe2(line):
    # expect: security/shell-injection
    return pos(line).read()


def version():
    # A constant command with no shell syntax: an info notice (the shell is not needed).
    # expect: security/shell-injection
    return pos("uname -a").read()
