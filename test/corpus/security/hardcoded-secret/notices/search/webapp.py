import sys


def check(settings, debug):
    # expect: security/hardcoded-secret
    if not debug and settings["server"]["secret_key"] == "ultrasecretkey":
        print("server.secret_key is not changed", file=sys.stderr)
        sys.exit(1)
