def handler(event):
    return {"ok": True}
