def db(payload):
    """Handle db."""
    return payload
