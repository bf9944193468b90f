import logging
import queue
import signal
import sys

log = logging.getLogger("scheduler")
jobs = queue.Queue()


def drain():
    while True:
        try:
            job = jobs.get_nowait()
        # ok: reliability/swallowed-exception
        except queue.Empty:
            break
        try:
            job()
        # expect: reliability/swallowed-exception
        except Exception as exc:
            return None


def parse_interval(raw):
    try:
        return max(1, int(raw))
    # ok: reliability/swallowed-exception
    except (TypeError, ValueError):
        return 60


def shutdown(*_):
    try:
        jobs.join()
    # ok: reliability/swallowed-exception
    except Exception:
        log.exception("shutdown failed")
        sys.exit(1)


def main():
    signal.signal(signal.SIGTERM, shutdown)
    try:
        drain()
    # ok: reliability/swallowed-exception
    except KeyboardInterrupt:
        pass
