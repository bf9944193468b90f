import argparse
import csv
import sys

from shop.services import orders


def main(argv=None):
    parser = argparse.ArgumentParser(description="Export orders to CSV")
    parser.add_argument("--since", required=True)
    args = parser.parse_args(argv)
    writer = csv.writer(sys.stdout)
    for o in orders.since(args.since):
        writer.writerow([o.id, o.total])
    # ok: observability/print-logging
    print(f"exported orders since {args.since}", file=sys.stderr)


if __name__ == "__main__":
    main()
