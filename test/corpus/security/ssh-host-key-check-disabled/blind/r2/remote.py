import subprocess

import paramiko


def run(host, cmd):
    # expect: security/ssh-host-key-check-disabled
    return subprocess.run(["ssh", "-o", "StrictHostKeyChecking=no", f"ops@{host}", cmd], check=True)


def client(host):
    c = paramiko.SSHClient()
    # expect: security/ssh-host-key-check-disabled
    c.set_missing_host_key_policy(paramiko.WarningPolicy())
    c.connect(host)
    return c
