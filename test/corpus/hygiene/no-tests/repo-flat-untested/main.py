def main(payload):
    """Handle main."""
    return payload
