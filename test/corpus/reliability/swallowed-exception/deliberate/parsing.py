import asyncio
import json
import os
import queue
from datetime import datetime


def ports(values):
    out = []
    for v in values:
        try:
            n = int(v)
        # ok: reliability/swallowed-exception
        except ValueError:
            continue
        out.append(n)
    return out


def parse_ts(raw):
    try:
        return datetime.fromisoformat(raw)
    # ok: reliability/swallowed-exception
    except (TypeError, ValueError):
        return None


def workers():
    count = 4
    try:
        count = int(os.environ["WORKERS"])
    # ok: reliability/swallowed-exception
    except (KeyError, ValueError):
        pass
    return count


def read_config(path):
    settings = {}
    try:
        settings = json.loads(open(path).read())
    # ok: reliability/swallowed-exception
    except json.JSONDecodeError:
        pass
    return settings


async def consume(q, handle, stop):
    while not stop.is_set():
        try:
            item = await asyncio.wait_for(q.get(), timeout=1.0)
        # ok: reliability/swallowed-exception
        except asyncio.TimeoutError:
            continue
        await handle(item)


def drain(q, handle):
    while True:
        try:
            item = q.get(timeout=0.5)
        # ok: reliability/swallowed-exception
        except queue.Empty:
            continue
        handle(item)


def save(rows, db):
    for row in rows:
        try:
            db.insert(row)
        # expect: reliability/swallowed-exception
        except ValueError:
            continue


def charge(gateway, order):
    try:
        gateway.charge(order.total)
    # expect: reliability/swallowed-exception
    except (TypeError, ValueError):
        return None


def fetch_once(client):
    try:
        return client.get("/health", timeout=2)
    # expect: reliability/swallowed-exception
    except TimeoutError:
        pass


def sync(remote):
    state = None
    try:
        remote.push()
    # expect: reliability/swallowed-exception
    except OSError:
        pass
    return state


def poll_forever(poll):
    while True:
        try:
            poll()
        # One finding for a bare `except: pass` (not a bare-except one as well).
        # ok: reliability/bare-except
        # expect: reliability/swallowed-exception
        except:
            pass
