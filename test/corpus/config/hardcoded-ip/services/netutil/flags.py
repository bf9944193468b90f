import argparse
import os


def add_address_flags(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--address",
        # ok: config/hardcoded-ip
        help="Internal address to reserve (e.g. 10.1.1.1), or a CIDR mask such as /24.",
    )
    parser.add_argument(
        "--dns",
        # ok: config/hardcoded-ip
        help="Resolver to use, for example 192.168.10.53; defaults to the VPC resolver.",
        default=os.environ.get("RESOLVER", ""),
    )


# expect: config/hardcoded-ip
METADATA_PROXY = "http://10.128.0.2:8080"
