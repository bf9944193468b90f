#!/usr/bin/env python3
"""Container HEALTHCHECK: exit 0 when the status endpoint answers 200."""
import sys
from urllib.request import urlopen

# ok: reliability/http-no-retry
with urlopen("http://127.0.0.1:8000/status/", timeout=3) as resp:
    sys.exit(0 if resp.status == 200 else 1)
