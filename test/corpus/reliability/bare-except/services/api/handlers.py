import json
import logging
import traceback

log = logging.getLogger(__name__)


def parse_body(raw):
    try:
        return json.loads(raw)
    # expect: reliability/bare-except
    except:
        return {}


def handle(request):
    try:
        payload = parse_body(request.body)
        return process(payload)
    # ok: reliability/bare-except
    except Exception:
        log.exception("request failed")
        raise


def cleanup(tmp):
    try:
        tmp.close()
    # expect: reliability/bare-except
    except:  # noqa: E722
        traceback.print_exc()
    finally:
        tmp.unlink()


def convert(value):
    try:
        return int(value)
    # ok: reliability/bare-except
    except (TypeError, ValueError) as err:
        log.debug("not an int: %s", err)
    # ok: reliability/bare-except
    except BaseException:
        raise


def retry(fn, attempts=3):
    for _ in range(attempts):
        try:
            return fn()
        # One defect, one finding: reported by swallowed-exception only.
        # ok: reliability/bare-except
        # expect: reliability/swallowed-exception
        except:
            continue
    # ok: reliability/bare-except
    message = "except: clauses are discouraged"
    return message


def shutdown(conn):
    try:
        conn.close()
    # expect: reliability/bare-except
    except :
        raise
