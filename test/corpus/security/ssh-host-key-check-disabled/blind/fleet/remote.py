import asyncssh
import paramiko
from paramiko import AutoAddPolicy


def connect(host: str) -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    # expect: security/ssh-host-key-check-disabled
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    client.connect(host, username="ops", key_filename="/etc/fleet/id_ed25519")
    return client


def connect_legacy(host):
    ssh = paramiko.SSHClient()
    # expect: security/ssh-host-key-check-disabled
    ssh.set_missing_host_key_policy(AutoAddPolicy)
    ssh.connect(host, username="ops")
    return ssh


def connect_strict(host):
    client = paramiko.SSHClient()
    # ok: security/ssh-host-key-check-disabled
    client.load_system_host_keys()
    # ok: security/ssh-host-key-check-disabled
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(host, username="ops")
    return client


async def run_remote(host, cmd):
    # expect: security/ssh-host-key-check-disabled
    async with asyncssh.connect(host, username="ops", known_hosts=None) as conn:
        return await conn.run(cmd, check=True)


async def run_pinned(host, cmd):
    # ok: security/ssh-host-key-check-disabled
    async with asyncssh.connect(host, username="ops", known_hosts="/etc/fleet/known_hosts") as conn:
        return await conn.run(cmd, check=True)
