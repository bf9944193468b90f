import redis
import requests


def get_client():
    # expect: config/hardcoded-ip
    return redis.Redis(host="10.0.0.146", port=6379, db=0)


def push_metrics(payload):
    # expect: config/hardcoded-ip
    requests.post("http://52.14.201.7:9091/metrics/job/predictor", data=payload, timeout=5)
