def schedule(payload):
    """Handle schedule."""
    return payload
