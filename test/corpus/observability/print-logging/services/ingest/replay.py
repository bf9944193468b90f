import argparse


def main():
    parser = argparse.ArgumentParser(description="Replay events from a dump")
    parser.add_argument("dump")
    args = parser.parse_args()
    with open(args.dump) as fh:
        for n, line in enumerate(fh, 1):
            replay(line)
    # ok: observability/print-logging
    print(f"replayed {n} events")


if __name__ == "__main__":
    main()
