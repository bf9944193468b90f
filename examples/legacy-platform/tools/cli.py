#!/usr/bin/env python3
"""Operator CLI for a local stack: show the latest result of a station or its recent history.

    python tools/cli.py result W01
    python tools/cli.py history W01 --limit 20
"""
import argparse
import json
import sys

import requests

DEFAULT_API = 'http://127.0.0.1:8000'


def cmd_result(args):
    r = requests.get(f'{args.api}/results/{args.station}', timeout=5)
    if r.status_code == 404:
        print(f'no result for {args.station} yet', file=sys.stderr)
        return 1
    r.raise_for_status()
    print(json.dumps(r.json(), indent=2))
    return 0


def cmd_history(args):
    r = requests.get(f'{args.api}/results/{args.station}/history', params={'limit': args.limit}, timeout=10)
    r.raise_for_status()
    for row in r.json():
        print(f"{row['ts']}  {row['part_no']:<12} {row['score']:.3f}{'  REJECT' if row['score'] > 0.8 else ''}")
    return 0


def main(argv=None):
    parser = argparse.ArgumentParser(prog='platform-cli', description=__doc__.splitlines()[0])
    parser.add_argument('--api', default=DEFAULT_API, help='result-api base URL (default: %(default)s)')
    sub = parser.add_subparsers(dest='command', required=True)

    p_result = sub.add_parser('result', help='latest result of a station')
    p_result.add_argument('station')
    p_result.set_defaults(func=cmd_result)

    p_history = sub.add_parser('history', help='recent results of a station')
    p_history.add_argument('station')
    p_history.add_argument('--limit', type=int, default=50)
    p_history.set_defaults(func=cmd_history)

    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == '__main__':
    sys.exit(main())
