def consumer(payload):
    """Handle consumer."""
    return payload
