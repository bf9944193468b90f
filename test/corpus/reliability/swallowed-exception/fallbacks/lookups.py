import json
from datetime import datetime, timedelta
import unicodedata
from uuid import UUID

GEO = {}


def country_of(addr):
    try:
        response = GEO.get(addr)
        return response["country"]["iso_code"]
    # ok: reliability/swallowed-exception
    except (KeyError, ValueError, TypeError):
        return None


def parse_when(value, parsers):
    for parse in parsers:
        try:
            return parse(value)
        # ok: reliability/swallowed-exception
        except ValueError:
            continue
    return None


def as_uuid(v):
    try:
        return UUID(v)
    # ok: reliability/swallowed-exception
    except Exception:
        return None


def fractions(text):
    out = []
    for c in text:
        try:
            name = unicodedata.name(c)
        # ok: reliability/swallowed-exception
        except ValueError:
            continue
        out.append(name)
    return out


def decode_fields(entries):
    for entry in entries:
        try:
            entry["value"] = str(json.loads(entry["value"]))
        # ok: reliability/swallowed-exception
        except (json.JSONDecodeError, TypeError):
            pass
    return entries


def instructions(raw):
    if raw.startswith("["):
        try:
            return json.loads(raw)
        # ok: reliability/swallowed-exception
        except json.JSONDecodeError:
            pass
    return [raw]


def send_all(rows, db):
    for row in rows:
        try:
            db.insert(row)
        # expect: reliability/swallowed-exception
        except ValueError:
            continue


def refund(gateway, order):
    try:
        gateway.refund(order.total)
        return order.id
    # expect: reliability/swallowed-exception
    except Exception:
        return None


def cached(client, keys):
    out = {}
    for key in keys:
        try:
            out[key] = json.loads(client.get(key))
        # expect: reliability/swallowed-exception
        except ValueError:
            continue
    return out


def pointless(items):
    for i in items:
        try:
            a = i
        # expect: reliability/swallowed-exception
        except Exception:
            continue
        print(a)


def duration(raw):
    length = None
    if raw:
        try:
            parsed = datetime.strptime(raw.strip(), "%M:%S")
            length = timedelta(minutes=parsed.minute, seconds=parsed.second)
        # ok: reliability/swallowed-exception
        except (ValueError, TypeError):
            pass
    return length


def duration_used(raw):
    length = None
    try:
        parsed = datetime.strptime(raw.strip(), "%M:%S")
        length = timedelta(minutes=parsed.minute)
    # expect: reliability/swallowed-exception
    except ValueError:
        pass
    return length, parsed


def leave(group, user, db):
    try:
        group.users.remove(user)
        db.session.commit()
    # expect: reliability/swallowed-exception
    except ValueError:
        pass
