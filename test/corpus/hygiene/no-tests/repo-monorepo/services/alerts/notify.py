def notify(payload):
    """Handle notify."""
    return payload
