def refund(payload):
    """Handle refund."""
    return payload
