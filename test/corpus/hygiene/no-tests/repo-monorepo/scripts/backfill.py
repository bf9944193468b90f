def backfill(payload):
    """Handle backfill."""
    return payload
