import subprocess


def run(path):
    subprocess.run(["pg_dump", "-Fc", "-f", path, "platform"], check=True)
