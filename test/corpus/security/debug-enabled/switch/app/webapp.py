"""The app's own debug mode (`settings.debug`) drives Flask's: off unless the operator turns it on."""
import os

from flask import Flask

from app import settings

app = Flask(__name__)


def init():
    if settings.debug or app.debug:
        # Mirrors a debug mode switched on elsewhere: an info notice.
        # expect: security/debug-enabled
        app.debug = True
        settings.debug = True


def run():
    host = os.environ.get("BIND", "0.0.0.0")
    if settings.debug:
        # Under the app's own debug switch: an info notice.
        # expect: security/debug-enabled
        app.run(debug=True, host=host, port=8888)
    else:
        app.run(host=host, port=8888)


def run_admin():
    if not settings.debug:
        # Debug forced on when the switch is off: reported.
        # expect: security/debug-enabled
        app.run(debug=True, host=host_of(), port=8889)


def host_of():
    return os.environ.get("BIND", "0.0.0.0")
