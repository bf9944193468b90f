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


def archive(folder):
    import subprocess
    # With shell=True a list's first item is the command line the shell runs.
    # expect: security/shell-injection
    return subprocess.call([f"tar czf backup.tgz {folder}", "ignored-arg0"], shell=True)


def archive_safe(folder):
    import subprocess
    # Without a shell the list is an argument vector: nothing is parsed by a shell.
    # ok: security/shell-injection
    return subprocess.call(["tar", "czf", "backup.tgz", folder])


def listing():
    import os
    # os.system takes no list (a TypeError when run): not a command.
    # ok: security/shell-injection
    return os.system(["ls", "-l"])
