import os
import stat
import tempfile


def write_report(path: str, data: bytes) -> None:
    with open(path, "wb") as fh:
        fh.write(data)
    # Make it readable by the nginx user and everyone else
    # expect: security/insecure-file-permissions
    os.chmod(path, 0o666)


def make_socket_dir(d: str) -> None:
    os.makedirs(d, exist_ok=True)
    # ok: security/insecure-file-permissions
    os.chmod(d, stat.S_IRWXU | stat.S_IRGRP | stat.S_IXGRP)


def scratch() -> str:
    d = tempfile.mkdtemp()
    # ok: security/insecure-file-permissions
    os.chmod(d, 0o700)
    return d
