"""Stripe webhook handling for the shop backend."""
import json
import logging

import stripe
from django.db import transaction
from django.http import HttpResponse, HttpResponseBadRequest

log = logging.getLogger(__name__)


def parse_event(payload, sig_header, secret):
    try:
        return stripe.Webhook.construct_event(payload, sig_header, secret)
    # ok: reliability/bare-except
    except (ValueError, stripe.error.SignatureVerificationError):
        return None


def webhook(request):
    event = parse_event(request.body, request.META.get("HTTP_STRIPE_SIGNATURE"), "whsec")
    if event is None:
        return HttpResponseBadRequest()
    try:
        with transaction.atomic():
            apply_event(event)
    # expect: reliability/bare-except
    except:
        log.error("failed to apply %s", event["id"])
        transaction.set_rollback(True)
        raise
    return HttpResponse(status=200)


def apply_event(event):
    data = event["data"]["object"]
    try:
        metadata = json.loads(data.get("metadata", {}).get("cart", "{}"))
    # ok: reliability/bare-except
    except json.JSONDecodeError:
        metadata = {}
    try:
        amount = int(data["amount"])
    # ok: reliability/bare-except
    except (KeyError, TypeError) as exc:
        log.warning("event without amount: %s", exc)
        amount = 0
    # expect: reliability/bare-except
    except:   amount = None
    return metadata, amount


HELP = """
Do not write `except:` in handlers, see docs/errors.md
"""
