import argparse
import time


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--interval", type=int, default=30)
    args = parser.parse_args()
    while True:
        # expect: observability/print-logging
        print("polling upstream")
        time.sleep(args.interval)


if __name__ == "__main__":
    main()
