from urllib.request import urlopen


def status(host):
    # expect: reliability/http-no-retry
    return urlopen(f"http://{host}/status", timeout=3).read()
