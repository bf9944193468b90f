def export_csv(payload):
    """Handle export_csv."""
    return payload
