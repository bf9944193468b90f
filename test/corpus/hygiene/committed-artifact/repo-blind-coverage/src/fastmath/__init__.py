from ._speedups import dot
