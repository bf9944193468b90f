def pdf(payload):
    """Handle pdf."""
    return payload
