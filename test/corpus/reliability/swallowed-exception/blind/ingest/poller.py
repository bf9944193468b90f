import asyncio
import contextlib
import logging
import os
import queue

import requests
import sentry_sdk

try:
    import ujson as json
# ok: reliability/swallowed-exception
except ImportError:
    import json

log = logging.getLogger(__name__)


def fetch_page(session, url):
    try:
        resp = session.get(url, timeout=10)
        resp.raise_for_status()
        return resp.json()
    # expect: reliability/swallowed-exception
    except requests.RequestException:
        return None


def poll_all(session, urls, sink):
    for url in urls:
        try:
            sink.write(fetch_page(session, url))
        # expect: reliability/swallowed-exception
        except (ConnectionError, TimeoutError):
            continue
        # ok: reliability/swallowed-exception
        except ValueError as exc:
            log.warning("bad payload from %s: %s", url, exc)


def drain(q, handle):
    while True:
        try:
            item = q.get(timeout=1)
        # ok: reliability/swallowed-exception
        except queue.Empty:
            continue
        try:
            handle(item)
        # expect: reliability/swallowed-exception
        except Exception as e:
            pass


def remove_spool(path):
    # ok: reliability/swallowed-exception
    with contextlib.suppress(FileNotFoundError):
        os.remove(path)


def parse_ts(raw):
    try:
        return float(raw)
    # expect: reliability/swallowed-exception
    except ValueError:
        ...


async def heartbeat(conn):
    try:
        while True:
            await conn.ping()
            await asyncio.sleep(15)
    # ok: reliability/swallowed-exception
    except asyncio.CancelledError:
        pass


def push_metrics(client, batch):
    try:
        client.push(batch)
    # ok: reliability/swallowed-exception
    except Exception as exc:
        sentry_sdk.capture_exception(exc)


def close_quietly(conn):
    try:
        conn.close()
    # expect: reliability/swallowed-exception
    except OSError:
        return
