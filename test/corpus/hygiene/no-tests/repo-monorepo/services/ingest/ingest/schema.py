def schema(payload):
    """Handle schema."""
    return payload
