"""Method ``http_connection``: a request whose Connection header is ``close`` is a bot's."""

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
    if request.headers.get('Connection', '').strip() == 'close':
        return too_many_requests(network, "HTTP header 'Connection=close'")
    return None
