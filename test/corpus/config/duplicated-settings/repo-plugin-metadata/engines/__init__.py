import importlib


def load_engine(name):
    return importlib.import_module(f"engines.{name}")
