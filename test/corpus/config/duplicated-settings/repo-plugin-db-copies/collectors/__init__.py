import importlib


def run(name):
    importlib.import_module(f"collectors.{name}").collect()
