import logging
import sys

log = logging.getLogger(__name__)


def batch_size(source, default=100):
    try:
        n = len(source)
    # ok: reliability/swallowed-exception
    except TypeError:
        pass  # a generator: no length, stream it
    else:
        if n < default:
            return n
    return default


def write_rows(rows):
    for row in rows:
        try:
            sys.stdout.write(row + "\n")
        # ok: reliability/swallowed-exception
        except BrokenPipeError:
            return


class Connection:
    def __init__(self, sock):
        self.sock = sock

    def __del__(self):
        try:
            self.sock.close()
        # ok: reliability/swallowed-exception
        except Exception:
            pass


def parse_batch(raw):
    try:
        rows = [int(x) for x in raw.split(",")]
    # expect: reliability/swallowed-exception
    except Exception:
        pass
    else:
        return rows
    return []


def flush(conn):
    try:
        conn.flush()
    # expect: reliability/swallowed-exception
    except OSError:
        pass


def confirm(prompt):
    try:
        answer = input(prompt + " [y/N] ")
    # ok: reliability/swallowed-exception
    except (KeyboardInterrupt, EOFError):
        return None
    return answer.strip().lower() == "y"
