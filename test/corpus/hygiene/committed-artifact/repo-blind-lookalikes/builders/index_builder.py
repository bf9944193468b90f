def build_index(rows):
    return {r["id"]: r for r in rows}
