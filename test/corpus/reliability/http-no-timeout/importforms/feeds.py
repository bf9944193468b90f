from urllib import request
import urllib.request as ureq
import json


def rates():
    # expect: reliability/http-no-timeout
    with request.urlopen("https://rates.example.org/latest.json") as r:
        return json.load(r)


def rates_bounded():
    # ok: reliability/http-no-timeout
    with request.urlopen("https://rates.example.org/latest.json", timeout=5) as r:
        return json.load(r)


def holidays():
    # expect: reliability/http-no-timeout
    return ureq.urlopen("https://calendar.example.org/holidays").read()


def parse(req):
    # ok: reliability/http-no-timeout
    return req.urlopen
