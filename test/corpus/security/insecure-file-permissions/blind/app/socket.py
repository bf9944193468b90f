import os
import socket
import stat
import subprocess
from datetime import date

SOCK = "/run/shop/app.sock"


def bind_socket() -> socket.socket:
    s = socket.socket(socket.AF_UNIX)
    s.bind(SOCK)
    # expect: security/insecure-file-permissions
    os.chmod(SOCK, 0o777)
    return s


def write_key(path: str, data: bytes) -> None:
    with open(path, "wb") as fh:
        fh.write(data)
    # ok: security/insecure-file-permissions
    os.chmod(path, 0o600)
    # ok: security/insecure-file-permissions
    os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)


def ensure_cache_dir(path: str) -> None:
    # ok: security/insecure-file-permissions
    os.makedirs(path, mode=0o777, exist_ok=True)


def backup_database(db: str) -> str:
    out = f"/var/backups/{db}-{date.today()}.dump"
    # expect: security/insecure-file-permissions
    subprocess.run(["pg_dump", "-Fc", "-f", out, db], check=True)
    return out
