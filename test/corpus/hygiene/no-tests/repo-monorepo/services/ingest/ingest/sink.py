def sink(payload):
    """Handle sink."""
    return payload
