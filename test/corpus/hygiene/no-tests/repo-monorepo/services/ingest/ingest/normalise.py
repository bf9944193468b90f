def normalise(payload):
    """Handle normalise."""
    return payload
