"""Aggregates sensor readings into 5-minute buckets."""
import statistics


def bucket(readings):
    temps = []
    for r in readings:
        # expect: reliability/silent-default
        temps.append(r.get("temperature_c", 0.0))
    return statistics.mean(temps) if temps else None


def power(sample):
    # expect: reliability/silent-default
    watts = float(sample["watts"] or 0.0) if "watts" in sample else None
    # expect: reliability/silent-default
    volts = sample["volts"] or 0.0
    return watts, volts


def efficiency(unit):
    # expect: reliability/silent-default
    return getattr(unit, "efficiency", 0.0) * 100


def humidity(row):
    # expect: reliability/silent-default
    return row.get("humidity", 0.)


def counts(events):
    # ok: reliability/silent-default
    seen = events.get("seen", 0)
    # ok: reliability/silent-default
    weight = events.get("weight", 1.0)
    # ok: reliability/silent-default
    label = events.get("label") or "unknown"
    return seen, weight, label


def explicit(row):
    # ok: reliability/silent-default
    value = row.get("pressure")
    if value is None:
        raise ValueError("pressure missing")
    # ok: reliability/silent-default
    offset = 0.0
    return value + offset
