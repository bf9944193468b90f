import random


def sample3(rows):
    return [r for r in rows if random.random() < 0.5]
