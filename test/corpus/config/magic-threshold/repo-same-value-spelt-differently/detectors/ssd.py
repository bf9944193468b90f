def keep(faces):
    return [f for f in faces if f["confidence"] >= 0.90]
