import importlib


def load(name="defaults"):
    return importlib.import_module(f"app.checks.{name}_settings").SETTINGS
