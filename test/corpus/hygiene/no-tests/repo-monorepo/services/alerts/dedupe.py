def dedupe(payload):
    """Handle dedupe."""
    return payload
