def reindex(payload):
    """Handle reindex."""
    return payload
