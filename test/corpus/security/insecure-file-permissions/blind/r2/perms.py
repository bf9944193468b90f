import os
import stat


def share(path):
    # expect: security/insecure-file-permissions
    os.chmod(path, 0o666)


def share_all(path):
    # expect: security/insecure-file-permissions
    os.chmod(path, stat.S_IRWXU | stat.S_IRWXG | stat.S_IRWXO)


def private(path):
    # ok: security/insecure-file-permissions
    os.chmod(path, stat.S_IRWXU)
