import argparse


def main():
    parser = argparse.ArgumentParser()
    # ok: security/debug-enabled
    parser.add_argument("--debug", action="store_true", help="verbose output")
    args = parser.parse_args()
    return args


def train(model, data, debug=True):
    return model.fit(data, verbose=debug)
