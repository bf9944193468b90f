import logging
import sys


def configure(level="INFO"):
    handler = logging.StreamHandler(sys.stdout)
    # ok: observability/print-logging
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
    logging.basicConfig(level=level, handlers=[handler])
    # ok: observability/print-logging
    logging.getLogger(__name__).info("logging configured; print() is not used here")
