"""The web service: it loads the traffic catalogue at start-up."""
import logging

from flask import Flask

from app.providers import traffic

log = logging.getLogger(__name__)
app = Flask(__name__)
CATALOGUE = {}


def load():
    traffic.refresh_catalogue(CATALOGUE)
    log.info("loaded %d roads", len(CATALOGUE))
