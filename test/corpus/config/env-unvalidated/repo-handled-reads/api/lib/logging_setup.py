import logging
import os


def level():
    raw = os.environ.get("API_LOG_LEVEL", str(logging.INFO))
    try:
        return int(raw)
    except ValueError:
        logging.warning("API_LOG_LEVEL is not a number: %s; using INFO", raw)
        return logging.INFO


def init_sentry():
    dsn = os.environ.get("SENTRY_DSN", "")
    if dsn:
        import sentry_sdk

        sentry_sdk.init(dsn=dsn)


def home():
    return os.getenv("API_HOME", default=os.path.expanduser("~"))


def load_env():
    from dotenv import load_dotenv

    load_dotenv(dotenv_path=os.environ.get("API_ENV_FILE"))
