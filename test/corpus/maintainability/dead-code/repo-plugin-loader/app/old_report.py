def build_report(rows):
    return "\n".join(str(r) for r in rows)
