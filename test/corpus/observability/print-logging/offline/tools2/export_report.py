import argparse
import csv
import sys


def main():
    parser = argparse.ArgumentParser(description="Export the monthly report as CSV")
    parser.add_argument("month")
    args = parser.parse_args()
    rows = load(args.month)
    # ok: observability/print-logging
    print(f"{len(rows)} rows for {args.month}", file=sys.stderr)
    csv.writer(sys.stdout).writerows(rows)


def load(month):
    return [[month, 0]]


if __name__ == "__main__":
    main()
