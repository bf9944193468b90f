def invoice(payload):
    """Handle invoice."""
    return payload
