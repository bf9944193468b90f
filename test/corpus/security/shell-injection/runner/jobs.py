import subprocess


def archive(job_id, paths):
    # expect: security/shell-injection
    subprocess.run(["bash", "-c", f"tar czf /srv/archive/{job_id}.tgz " + " ".join(paths)], check=True)


def archive_safe(job_id, paths):
    # ok: security/shell-injection
    subprocess.run(["tar", "czf", f"/srv/archive/{job_id}.tgz", *paths], check=True)


def health():
    # ok: security/shell-injection
    return subprocess.check_output(["/bin/sh", "-c", "df -h / | tail -1"], text=True)


def notify(channel, text):
    script = "curl -s -X POST https://chat.internal/hooks/%s -d '%s'" % (channel, text)
    # expect: security/shell-injection
    return subprocess.call(["/bin/sh", "-ec", script])
