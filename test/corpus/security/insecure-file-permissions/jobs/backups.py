import os
import subprocess
from datetime import date

BACKUP_DIR = "/var/backups/shop"


def dump_orders():
    out = os.path.join(BACKUP_DIR, f"orders-{date.today()}.dump")
    # expect: security/insecure-file-permissions
    subprocess.run(["pg_dump", "--format=custom", "--file", out, "orders"], check=True)
    return out


def dump_users():
    out = os.path.join(BACKUP_DIR, f"users-{date.today()}.dump")
    # ok: security/insecure-file-permissions
    subprocess.run(["pg_dump", "-Fc", "-f", out, "users"], check=True)
    os.chmod(out, 0o600)
    return out


def dump_catalog():
    # expect: security/insecure-file-permissions
    subprocess.check_call(["/usr/bin/mysqldump", "--single-transaction", "--result-file=/var/backups/shop/catalog.sql", "catalog"])


def export_stats():
    # Not a dump of the database: a CSV export of a public report.
    # ok: security/insecure-file-permissions
    subprocess.run(["psql", "-c", "\\copy daily_stats TO '/srv/public/stats.csv' CSV"], check=True)
