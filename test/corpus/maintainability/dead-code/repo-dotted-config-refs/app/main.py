import logging.config

ROOT = __name__.split(".")[0]

LOGGING = {
    "version": 1,
    "formatters": {"json": {"()": f"{ROOT}.log_format.JsonFormatter"}},
    "handlers": {"out": {"class": "logging.StreamHandler", "formatter": "json"}},
    "root": {"handlers": ["out"], "level": "INFO"},
}


def main():
    logging.config.dictConfig(LOGGING)
    logging.getLogger(__name__).info("started")


if __name__ == "__main__":
    main()
