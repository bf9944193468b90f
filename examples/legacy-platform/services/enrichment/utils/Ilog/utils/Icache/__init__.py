from .redis_read import reader
from .redis_write import writer

__all__ = ['reader', 'writer']
