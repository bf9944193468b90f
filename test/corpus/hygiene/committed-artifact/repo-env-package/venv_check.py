import sys
print(sys.prefix != sys.base_prefix)
