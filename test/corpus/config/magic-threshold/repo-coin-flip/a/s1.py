import random


def sample(rows):
    return [r for r in rows if random.random() < 0.5]
