from importlib import import_module

CHANNELS = {"slack": "site_app.channels.slack.Slack"}


def load(kind):
    mod, cls = CHANNELS[kind].rsplit(".", 1)
    return getattr(import_module(mod), cls)
