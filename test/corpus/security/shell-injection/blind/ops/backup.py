import os
import shlex
import subprocess


def archive(src: str, archive_path: str) -> None:
    # expect: security/shell-injection
    os.system(f"tar czf {archive_path} -C {src} .")


def sync(src, dst):
    # expect: security/shell-injection
    subprocess.run("rsync -az --delete %s %s" % (src, dst), shell=True, check=True)


def commits_on(branch):
    # expect: security/shell-injection
    return subprocess.check_output("git log --format=%H origin/" + branch, shell=True, text=True).split()


def dump(db, out):
    cmd = "pg_dump {} | gzip > {}".format(db, out)
    # expect: security/shell-injection
    subprocess.call(cmd, shell=True)


def reachable(host):
    # expect: security/shell-injection
    return os.popen("ping -c 1 -W 1 " + host).read()


def disk_usage(path):
    # expect: security/shell-injection
    return subprocess.getoutput(f"du -sh {path}")


def archive_safe(src: str, archive_path: str) -> None:
    # ok: security/shell-injection
    subprocess.run(["tar", "czf", archive_path, "-C", src, "."], check=True)


def archive_quoted(src: str, archive_path: str) -> None:
    # ok: security/shell-injection
    subprocess.run(f"tar czf {shlex.quote(archive_path)} -C {shlex.quote(src)} .", shell=True, check=True)


def head_sha():
    # ok: security/shell-injection
    return subprocess.check_output(["git", "rev-parse", "HEAD"], text=True).strip()


def restart_nginx():
    # A constant command with no shell syntax: an info notice (the shell is not needed).
    # expect: security/shell-injection
    os.system("systemctl reload nginx")


def count_rows(cursor, table):
    # ok: security/shell-injection
    cursor.execute(f"SELECT count(*) FROM {table}")
    return cursor.fetchone()[0]
