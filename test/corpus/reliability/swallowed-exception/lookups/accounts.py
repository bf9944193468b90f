import os
from typing import NoReturn, Optional
from uuid import UUID

import jwt
import requests
from django.core.signing import SignatureExpired, TimestampSigner
from pydantic import ValidationError

from .models import Invoice, Member, Team
from .errors import TransportError, StorageError


class TokenBackend:
    def get_member(self, member_id: int) -> Member | None:
        try:
            return Member.objects.select_related("team").get(pk=member_id)
        # ok: reliability/swallowed-exception
        except Member.DoesNotExist:
            return None


def team_for_key(key):
    try:
        return Team.objects.get(api_key=key)
    # ok: reliability/swallowed-exception
    except Team.DoesNotExist:
        pass
    return Team.objects.get(readonly_key=key)


def verify_reset_token(token: str, secret: str) -> str | None:
    try:
        claims = jwt.decode(token, secret, algorithms=["HS256"])
        return str(claims["sub"])
    # ok: reliability/swallowed-exception
    except jwt.InvalidTokenError:
        return None


def unsign(value: str, max_age: int) -> Optional[str]:
    try:
        return TimestampSigner().unsign(value, max_age=max_age)
    # ok: reliability/swallowed-exception
    except SignatureExpired:
        return None


def stored_body(invoice) -> bytes | None:
    if invoice.has_attachment():
        try:
            return invoice.read_attachment()
        # ok: reliability/swallowed-exception
        except StorageError:
            pass

    return None


def raise_for_status(resp) -> NoReturn:
    message = f"gateway said {resp.status_code}"
    try:
        detail = ErrorBody.model_validate_json(resp.content)
        message += f": {detail.msg}"
    # ok: reliability/swallowed-exception
    except ValidationError:
        pass
    raise TransportError(message)


def from_epoch(value):
    try:
        return datetime.fromtimestamp(value)
    # ok: reliability/swallowed-exception
    except (OverflowError, ValueError, OSError):
        pass

    try:
        return datetime.fromtimestamp(value / 1000)
    # ok: reliability/swallowed-exception
    except (OverflowError, ValueError, OSError):
        pass

    raise ValueError(f"{value} is not a timestamp")


def by_slug_or_id(slug_or_id: str | UUID):
    if isinstance(slug_or_id, str):
        try:
            slug_or_id = UUID(slug_or_id)
        # ok: reliability/swallowed-exception
        except ValueError:
            pass
    return Invoice.objects.get(key=slug_or_id)


def drop_tmp(path):
    try:
        os.unlink(path)
    # ok: reliability/swallowed-exception
    except OSError:
        pass


# Look-alikes that still lose a failure.


def remote_status(url: str) -> str | None:
    try:
        with requests.get(url, timeout=5) as resp:
            return resp.headers.get("Content-Type")
    # expect: reliability/swallowed-exception
    except requests.RequestException:
        pass

    return None


def charge_member(member, amount):
    try:
        member.wallet.debit(amount)
    # expect: reliability/swallowed-exception
    except ValidationError:
        pass
    return member


def notify(member) -> None:
    try:
        send_mail(member.email)
    # expect: reliability/swallowed-exception
    except TransportError:
        pass
    if member.is_admin:
        raise PermissionError("admins are notified elsewhere")


def rename_in_place(name):
    try:
        name = UUID(other)
    # expect: reliability/swallowed-exception
    except ValueError:
        pass
    return name
