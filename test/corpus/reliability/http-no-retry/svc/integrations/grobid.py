"""Calls the configured Grobid service for every uploaded paper."""
import os

import requests


def parse_paper(content):
    grobid_url = os.environ["GROBID_URL"]
    try:
        # A fixed dependency from the configuration, no timeout, failures re-raised: needs a retry policy.
        # expect: reliability/http-no-retry
        res = requests.post(grobid_url + "/api/processFulltextDocument", files={"input": content})
        res.raise_for_status()
    except requests.RequestException:
        raise
    return res.text
