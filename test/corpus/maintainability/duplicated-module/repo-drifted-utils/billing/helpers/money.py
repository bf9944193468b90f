from decimal import ROUND_HALF_EVEN, Decimal

CENT = Decimal("0.01")


def to_money(value):
    return Decimal(str(value)).quantize(CENT, rounding=ROUND_HALF_EVEN)


def split_evenly(total, parts):
    share = (total / parts).quantize(CENT)
    rest = total - share * parts
    return [share + (rest if i == 0 else 0) for i in range(parts)]
