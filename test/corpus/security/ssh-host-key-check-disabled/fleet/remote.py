import asyncssh
import paramiko


def open_client(host, key_path):
    client = paramiko.SSHClient()
    # ok: security/ssh-host-key-check-disabled
    client.load_system_host_keys()
    # expect: security/ssh-host-key-check-disabled
    client.set_missing_host_key_policy(paramiko.WarningPolicy())
    client.connect(host, username="fleet", key_filename=key_path)
    return client


def strict_client(host):
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    # ok: security/ssh-host-key-check-disabled
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(host)
    return client


async def run_async(host, cmd):
    # expect: security/ssh-host-key-check-disabled
    async with asyncssh.connect(host, known_hosts=None) as conn:
        return await conn.run(cmd)


async def run_pinned(host, cmd):
    # ok: security/ssh-host-key-check-disabled
    async with asyncssh.connect(host, known_hosts="/etc/fleet/known_hosts") as conn:
        return await conn.run(cmd)


def open_backup_link(host):
    link = paramiko.SSHClient()
    # expect: security/ssh-host-key-check-disabled
    link.set_missing_host_key_policy(policy=paramiko.AutoAddPolicy())
    link.connect(host)
    return link


def set_missing_host_key_policy(policy):
    # ok: security/ssh-host-key-check-disabled
    return set_missing_host_key_policy(paramiko.AutoAddPolicy)
