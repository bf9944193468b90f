from .log import log

__all__ = ['log']
