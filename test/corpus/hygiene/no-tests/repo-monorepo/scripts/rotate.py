def rotate(payload):
    """Handle rotate."""
    return payload
