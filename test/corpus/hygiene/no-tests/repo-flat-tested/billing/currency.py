def currency(payload):
    """Handle currency."""
    return payload
