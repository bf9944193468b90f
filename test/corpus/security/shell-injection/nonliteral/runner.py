import asyncio
import commands
import os
import subprocess
from subprocess import Popen

DEFAULT_HOOK = "/usr/local/bin/notify-deploy"


def run_hook(job):
    # expect: security/shell-injection
    os.system(job.command)


def run_step(cmd):
    # expect: security/shell-injection
    return subprocess.check_output(cmd, shell=True, text=True)


def run_user_step(step):
    # expect: security/shell-injection
    Popen(step["run"], shell=1)


def legacy(cmdline):
    # expect: security/shell-injection
    return commands.getoutput(cmdline)


async def exec_async(script):
    # expect: security/shell-injection
    proc = await asyncio.create_subprocess_shell(script)
    return await proc.wait()


def notify():
    # A constant command with no shell syntax: an info notice (the shell is not needed).
    # expect: security/shell-injection
    os.system(DEFAULT_HOOK)


def notify_local():
    hook = "systemctl reload nginx"
    # A constant command with no shell syntax: an info notice (the shell is not needed).
    # expect: security/shell-injection
    os.system(hook)


def maybe_shell(cmd, use_shell):
    # ok: security/shell-injection
    subprocess.run(cmd, shell=use_shell, check=True)


def no_shell(cmd):
    # ok: security/shell-injection
    subprocess.run(cmd, shell=False, check=True)


def argv(cmd):
    # ok: security/shell-injection
    subprocess.run(cmd, check=True)
