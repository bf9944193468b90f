def parse(payload):
    """Handle parse."""
    return payload
