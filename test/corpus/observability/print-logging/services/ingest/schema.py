"""Event schema helpers."""
import json

FIELDS = ("id", "ts", "kind", "payload")


def validate(event: dict) -> list[str]:
    return [f for f in FIELDS if f not in event]


if __name__ == "__main__":
    # Quick self-check: python -m ingest.schema
    sample = {"id": 1, "ts": "2024-01-01T00:00:00Z", "kind": "click"}
    # ok: observability/print-logging
    print(json.dumps({"missing": validate(sample)}))
