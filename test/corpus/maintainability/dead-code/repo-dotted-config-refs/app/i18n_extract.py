def extract(fileobj, keywords, comment_tags, options):
    for lineno, line in enumerate(fileobj, 1):
        if b"_(" in line:
            yield lineno, "_", line.decode().strip(), []
