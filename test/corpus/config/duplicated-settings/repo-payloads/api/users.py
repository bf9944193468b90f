def ok(rows, status, total):
    return {"status": status, "data": rows, "count": total, "page": 1}
