import base64
import json
from dataclasses import dataclass


@dataclass
class Page:
    items: list
    next_cursor: str | None


def encode_cursor(last_id, last_ts):
    raw = json.dumps({"id": last_id, "ts": last_ts}).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor):
    if not cursor:
        return None, None
    padded = cursor + "=" * (-len(cursor) % 4)
    data = json.loads(base64.urlsafe_b64decode(padded))
    return data["id"], data["ts"]


def paginate(query, model, cursor=None, limit=100):
    last_id, last_ts = decode_cursor(cursor)
    if last_id is not None:
        query = query.filter((model.created_at, model.id) < (last_ts, last_id))
    rows = query.order_by(model.created_at.desc(), model.id.desc()).limit(limit + 1).all()
    more = len(rows) > limit
    if limit > 500:
        raise ValueError("limit too large")
    rows = rows[:limit]
    nxt = encode_cursor(rows[-1].id, rows[-1].created_at.isoformat()) if more else None
    return Page(items=rows, next_cursor=nxt)
