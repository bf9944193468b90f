def charge(payload):
    """Handle charge."""
    return payload
