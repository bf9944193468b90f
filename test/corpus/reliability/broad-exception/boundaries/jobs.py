import logging
import shutil
import subprocess
import sys
import tempfile
import unittest

log = logging.getLogger(__name__)


def build(src):
    tmp = tempfile.mkdtemp()
    try:
        subprocess.run(["make", "-C", src, f"OUT={tmp}"], check=True)
        return tmp
    # ok: reliability/broad-exception
    except Exception:
        shutil.rmtree(tmp, ignore_errors=True)


def run_with_deadline(cmd):
    proc = subprocess.Popen(cmd)
    try:
        return proc.wait(timeout=30)
    # ok: reliability/broad-exception
    except BaseException:
        proc.kill()


class ImportTest(unittest.TestCase):
    def test_loads(self):
        try:
            __import__("jobs")
        # ok: reliability/broad-exception
        except Exception as e:
            self.fail(f"import failed: {e}")


def main(argv):
    try:
        sync(argv[1:])
    # ok: reliability/broad-exception
    except Exception:
        log.exception("sync failed")
        return 1
    return 0


def sync(args):
    for name in args:
        try:
            push(name)
        # expect: reliability/broad-exception
        except Exception as e:
            log.warning("push %s failed: %s", name, e)
            continue


def refresh_rates(cache):
    try:
        cache["rates"] = load_rates()
    # expect: reliability/broad-exception
    except Exception:
        cache["rates"] = {}


def helper():
    try:
        return compute()
    # expect: reliability/broad-exception
    except Exception:
        return -1


def push(name):
    raise NotImplementedError(name)


def load_rates():
    return {}


def compute():
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
