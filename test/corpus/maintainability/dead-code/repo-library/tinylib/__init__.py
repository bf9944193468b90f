from tinylib.core import f
