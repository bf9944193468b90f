def store(payload):
    """Handle store."""
    return payload
