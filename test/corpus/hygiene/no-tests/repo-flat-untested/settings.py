def settings(payload):
    """Handle settings."""
    return payload
