import six


def main():
    return six.PY3
