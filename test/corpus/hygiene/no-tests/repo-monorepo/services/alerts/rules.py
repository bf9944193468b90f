def rules(payload):
    """Handle rules."""
    return payload
