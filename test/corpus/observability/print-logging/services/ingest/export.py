import csv
import io
import logging

log = logging.getLogger(__name__)


def render_report(rows):
    """Plain-text report sent as an e-mail attachment."""
    buf = io.StringIO()
    # ok: observability/print-logging
    print("id,amount,status", file=buf)
    for r in rows:
        print(f"{r['id']},{r['amount']},{r['status']}", file=buf)
    log.info("rendered %d rows", len(rows))
    return buf.getvalue()


def write_manifest(path, names):
    with open(path, "w") as fh:
        for n in names:
            # ok: observability/print-logging
            print(n, file=fh)


def dump_csv(path, rows):
    with open(path, "w", newline="") as fh:
        csv.writer(fh).writerows(rows)
