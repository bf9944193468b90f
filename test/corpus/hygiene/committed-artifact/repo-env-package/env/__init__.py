from .settings import load
