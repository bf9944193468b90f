def tax(payload):
    """Handle tax."""
    return payload
