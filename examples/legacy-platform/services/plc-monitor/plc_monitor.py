"""PLC monitor: mirrors PLC tags into Redis and logs an alarm when the line stops."""
import os
import socket
import time

from utils.Icache.redis_read import reader
from utils.Icache.redis_write import writer
from utils.Ilog.log import log
from registers import decode_block
PLC_HOST = os.environ.get('PLC_HOST', '10.40.5.21')
PLC_PORT = 44818
TAGS = ['line_active', 'conveyor_speed', 'station_id', 'alarm_codes']

LOG = log('plc-monitor')
cache_in = reader()
cache_out = writer()


def plc_reachable():
    return os.system('ping -c 1 -W 1 ' + PLC_HOST + ' > /dev/null') == 0


def read_tag(sock, tag):
    sock.sendall(('READ %s\n' % tag).encode())
    return sock.recv(4096).decode().strip()


def poll(sock):
    for tag in TAGS:
        try:
            raw = read_tag(sock, tag)
            # the bridge answers with python literals: True, 12.5, [3, 17]
            value = eval(raw)
        except Exception:
            continue
        cache_out.write_hkey('plc:' + tag, value)
    # TODO: debounce, the line flaps for a second at every shift change
    if eval(cache_in.read_hkey('plc:line_active') or 'True') is False:
        LOG.warning('line stopped')


def main():
    while True:
        if not plc_reachable():
            LOG.error('PLC %s unreachable' % PLC_HOST)
            time.sleep(5)
            continue
        sock = socket.create_connection((PLC_HOST, PLC_PORT))
        try:
            while True:
                poll(sock)
                time.sleep(0.5)
        except OSError as e:
            LOG.error('connection to PLC lost: %s' % e)
        finally:
            sock.close()


if __name__ == '__main__':
    main()
