"""Method ``http_accept_language``: a request without an Accept-Language header is a bot's."""

from __future__ import annotations

import flask
import werkzeug

from app import config
from ._helpers import too_many_requests


def filter_request(
    network,
    request: flask.Request,
    cfg: config.Config,
) -> werkzeug.Response | None:
    if cfg.botdetection_disabled:
        return None
    if request.path.startswith(cfg.static_prefix):
        return None
    network = network or request.remote_addr
    if request.headers.get('Accept-Language', '').strip() == '':
        return too_many_requests(network, "missing HTTP header Accept-Language")
    return None
