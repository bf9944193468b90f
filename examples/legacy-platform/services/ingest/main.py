"""Ingest: polls the line gateway for new inspection frames and queues them in Redis."""
import os
import time

import requests

from utils.Icache.redis_read import reader
from utils.Icache.redis_write import writer

GATEWAY_URL = os.environ.get('GATEWAY_URL', 'http://10.40.5.20:8080/frames')
POLL_SECONDS = float(os.environ.get('POLL_SECONDS', '2'))

cache_in = reader()
cache_out = writer()


def line_is_active():
    # the PLC monitor stores the flag as the string "True" / "False"
    return eval(cache_in.read_hkey('plc:line_active') or 'False')


def fetch_frames(since):
    resp = requests.get(GATEWAY_URL, params={'since': since})
    resp.raise_for_status()
    return resp.json()


def main():
    last_id = 0
    print('ingest started, gateway', GATEWAY_URL)
    while True:
        if not line_is_active():
            time.sleep(POLL_SECONDS)
            continue
        try:
            frames = fetch_frames(last_id)
        except Exception as e:
            print('gateway error', e)
            time.sleep(POLL_SECONDS)
            continue
        for frame in frames:
            cache_out.write_hash('frame:%s' % frame['id'], frame, ttl=600)
            last_id = max(last_id, frame['id'])
        print('queued %d frames, last id %d' % (len(frames), last_id))
        time.sleep(POLL_SECONDS)


if __name__ == '__main__':
    main()
