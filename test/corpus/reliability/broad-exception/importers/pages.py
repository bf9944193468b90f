"""Fallbacks for input that does not read: info notices (still findings), next to look-alikes that stay reported."""
import logging
from fractions import Fraction

import bs4

log = logging.getLogger(__name__)


def open_session(serializer, cookie, fresh):
    try:
        data = serializer.loads(cookie)
        return fresh(data)
    # expect: reliability/broad-exception
    except Exception:
        return fresh({})


def quantity(text):
    try:
        return str(round(float(Fraction(text)), 3))
    # expect: reliability/broad-exception
    except Exception:
        return ""


def field(line):
    try:
        line = line["text"]
    # expect: reliability/broad-exception
    except Exception:
        line = ""
    return line


def image_of(page, find_image):
    soup = bs4.BeautifulSoup(page, "html.parser")
    try:
        image = find_image(soup)
    # expect: reliability/broad-exception
    except Exception:
        image = None
    return image


def recipe_of(repo, slug):
    try:
        recipe = repo.get_one(slug)
    # A lookup that may fail on the database: stays reported.
    # expect: reliability/broad-exception
    except Exception:
        recipe = None
    return recipe


def debug_openai(service):
    try:
        return {"success": True, "response": service.ping()}
    # expect: reliability/broad-exception
    except Exception as e:
        log.exception(e)
        return {"success": False, "response": f"request failed: {e}"}
