def cache(payload):
    """Handle cache."""
    return payload
