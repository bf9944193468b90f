def webhook(payload):
    """Handle webhook."""
    return payload
