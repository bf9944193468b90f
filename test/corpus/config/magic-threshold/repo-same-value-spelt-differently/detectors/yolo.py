def keep(boxes):
    return [b for b in boxes if b.confidence >= 0.9]
