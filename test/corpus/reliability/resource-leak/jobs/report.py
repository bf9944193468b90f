"""Builds the weekly CSV report from the warehouse and mails it."""
import csv
import gzip
import io
import logging
import sqlite3
from contextlib import ExitStack

log = logging.getLogger(__name__)


def rows(conn, week):
    # expect: reliability/resource-leak
    cur = conn.cursor()
    cur.execute("SELECT * FROM sales WHERE week = ?", (week,))
    for row in cur:
        yield row


def write_csv(path, data):
    # expect: reliability/resource-leak
    out = open(path, "w", newline="")
    writer = csv.writer(out)
    writer.writerows(data)
    log.info("wrote %s", path)


def write_gz(path, data):
    # ok: reliability/resource-leak
    with gzip.open(path, "wt") as out:
        out.write("\n".join(data))


def template():
    # expect: reliability/resource-leak
    return io.StringIO(open("templates/report.txt").read())


def header(path):
    # expect: reliability/resource-leak
    first = gzip.open(path, "rt").readline()
    return first.split(",")


def many(paths):
    with ExitStack() as stack:
        # ok: reliability/resource-leak
        files = [stack.enter_context(open(p)) for p in paths]
        return [f.readline() for f in files]


def local_db(path):
    db = sqlite3.connect(path)
    # expect: reliability/resource-leak
    cursor = db.cursor()
    cursor.execute("PRAGMA integrity_check")
    db.close()


def keep(path, registry):
    # ok: reliability/resource-leak
    fh = open(path)
    registry.append(fh)


def later(path):
    # ok: reliability/resource-leak
    fh = open(path)
    with fh:
        return fh.read()


def browser(url):
    import webbrowser

    # ok: reliability/resource-leak
    webbrowser.open(url)
