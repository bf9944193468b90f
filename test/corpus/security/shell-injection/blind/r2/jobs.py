import asyncio
import os
import subprocess


async def compress(path: str):
    # expect: security/shell-injection
    proc = await asyncio.create_subprocess_shell(f"zstd -19 --rm {path}")
    await proc.wait()


async def compress_safe(path: str):
    # ok: security/shell-injection
    proc = await asyncio.create_subprocess_exec("zstd", "-19", "--rm", path)
    await proc.wait()


def restart(service):
    command = "systemctl restart " + service
    # expect: security/shell-injection
    os.system(command)


def clear_cache():
    # A constant command with no shell syntax: an info notice (the shell is not needed).
    # expect: security/shell-injection
    os.system("rm -rf /tmp/app-cache")


def grep_logs(pattern, logfile):
    # expect: security/shell-injection
    out = subprocess.check_output(
        "grep -c '%s' %s" % (pattern, logfile), shell=True
    )
    return int(out)
