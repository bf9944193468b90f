"""Nightly export of tenant data to the warehouse and to S3."""
import logging
import smtplib

import pymysql
import sqlalchemy
from redis import Redis

log = logging.getLogger(__name__)


def export_tenants(tenants, warehouse_url):
    # ok: reliability/connection-in-loop
    engine = sqlalchemy.create_engine(warehouse_url)
    for tenant in tenants:
        # expect: reliability/connection-in-loop
        src = pymysql.connect(host=tenant.db_host, user="export", database=tenant.db)
        with src.cursor() as cur, engine.begin() as dst:
            cur.execute("SELECT * FROM orders")
            dst.execute(sqlalchemy.text("INSERT INTO orders_raw VALUES (:r)"), [{"r": r} for r in cur.fetchall()])
        src.close()


def notify(admins, report):
    for admin in admins:
        # expect: reliability/connection-in-loop
        with smtplib.SMTP("mail.internal") as smtp:
            smtp.sendmail("etl@example.com", admin, report)


def invalidate(keys_by_shard):
    for shard, keys in keys_by_shard.items():
        # expect: reliability/connection-in-loop
        r = Redis(host=f"cache-{shard}")
        r.delete(*keys)


def per_warehouse(urls):
    for url in urls:
        # expect: reliability/connection-in-loop
        engine = sqlalchemy.create_engine(url)
        with engine.connect() as c:
            c.execute(sqlalchemy.text("ANALYZE"))


def one_client(keys):
    # ok: reliability/connection-in-loop
    r = Redis(host="cache")
    for k in keys:
        r.delete(k)


def first_reachable(hosts):
    for host in hosts:
        try:
            # ok: reliability/connection-in-loop
            conn = pymysql.connect(host=host, user="probe")
        except pymysql.MySQLError:
            continue
        return conn
    return None


def wait_for_db(host):
    for _ in range(30):
        try:
            # ok: reliability/connection-in-loop
            pymysql.connect(host=host).close()
            break
        except pymysql.MySQLError:
            log.info("waiting for %s", host)


def engines_by_name(urls):
    # ok: reliability/connection-in-loop
    return {name: sqlalchemy.create_engine(u) for name, u in urls.items()}


def mirror(buckets, hosts):
    import paramiko

    for host in hosts:
        # expect: reliability/connection-in-loop
        ssh = paramiko.SSHClient()
        ssh.connect(host)
        ssh.exec_command("sync " + " ".join(buckets))
