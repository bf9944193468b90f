def slugify_legacy(text):
    return text.lower().replace(" ", "-")
