def lookup(payload):
    """Handle lookup."""
    return payload
