import os
import shlex
import subprocess


def rotate_logs(service, days):
    # expect: security/shell-injection
    os.system("find /var/log/%s -mtime +%d -delete" % (service, days))


def restart(host, unit):
    cmd = f"ssh {host} sudo systemctl restart {unit}"
    # expect: security/shell-injection
    return subprocess.call(cmd, shell=True)


def disk_usage(path):
    # expect: security/shell-injection
    return subprocess.check_output("du -sh " + path, shell=True).decode()


def archive(src, dest):
    # expect: security/shell-injection
    with os.popen("tar czf {} {}".format(dest, src)) as p:
        return p.read()


def safe_archive(src, dest):
    # ok: security/shell-injection
    subprocess.run(["tar", "czf", dest, src], check=True)


def quoted(host):
    # ok: security/shell-injection
    subprocess.run(["ssh", host, "uptime"], check=True)
    # A constant command with no shell syntax: an info notice (the shell is not needed).
    # expect: security/shell-injection
    os.system("sync")
    # A constant command with no shell syntax: an info notice (the shell is not needed).
    # expect: security/shell-injection
    subprocess.run("systemctl daemon-reload", shell=True, check=True)
    # ok: security/shell-injection
    return shlex.quote(host)
