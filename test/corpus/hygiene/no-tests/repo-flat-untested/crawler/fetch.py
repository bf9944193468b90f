def fetch(payload):
    """Handle fetch."""
    return payload
