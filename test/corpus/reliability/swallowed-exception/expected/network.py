import socket
import tarfile
import zipfile

import httpx


def resolve(hostname):
    ips = set()
    for family in (socket.AF_INET, socket.AF_INET6):
        try:
            for info in socket.getaddrinfo(hostname, None, family):
                ips.add(info[4][0])
        # ok: reliability/swallowed-exception
        except socket.gaierror:
            continue
    return list(ips)


def connect(host, port):
    # A refused connection is an outage, not an answer.
    for _ in range(3):
        try:
            return socket.create_connection((host, port), timeout=5)
        # expect: reliability/swallowed-exception
        except ConnectionRefusedError:
            continue
    return None


def bibliography(path):
    refs = []
    try:
        with tarfile.open(path) as tar:
            refs = [m.name for m in tar.getmembers() if m.name.endswith(".bbl")]
    # ok: reliability/swallowed-exception
    except tarfile.ReadError:
        pass
    return refs


def attachments(path):
    try:
        with zipfile.ZipFile(path) as z:
            return z.namelist()
    # ok: reliability/swallowed-exception
    except zipfile.BadZipFile:
        return None


def extract(path, dest):
    # The archive was read but writing it out failed: lost.
    try:
        with tarfile.open(path) as tar:
            tar.extractall(dest)
    # expect: reliability/swallowed-exception
    except tarfile.ExtractError:
        pass


class Pool:
    def __init__(self):
        self.clients = {}

    async def aclose(self):
        for client in self.clients.values():
            try:
                await client.aclose()
            # ok: reliability/swallowed-exception
            except httpx.HTTPError:
                pass

    def save(self, fh, data):
        fh.write(data)
        # Closing a written file flushes it: the OSError is lost data.
        try:
            fh.close()
        # expect: reliability/swallowed-exception
        except OSError:
            pass


def favicon(fetch, cache, authority):
    data, mime = (None, None)
    try:
        data, mime = fetch(authority)
        if data is None or mime is None:
            data, mime = (None, None)
    # ok: reliability/swallowed-exception
    except httpx.HTTPError:
        pass
    cache.set(authority, mime, data)
    return data, mime


def logo(fetch, cache, authority):
    # The try also writes the cache: a failure there is lost.
    data, mime = (None, None)
    try:
        data, mime = fetch(authority)
        cache.set(authority, mime, data)
    # expect: reliability/swallowed-exception
    except httpx.HTTPError:
        pass
    return data, mime


def opengraph(data):
    try:
        properties = data["opengraph"][0]["properties"]
    # ok: reliability/swallowed-exception
    except Exception:
        return None
    return properties


def cached(cache, key):
    # A computed key may be a remote cache: its outage reads as a miss.
    try:
        value = cache[key]
    # expect: reliability/swallowed-exception
    except Exception:
        return None
    return value
