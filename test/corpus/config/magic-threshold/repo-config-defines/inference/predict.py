def accept(pred):
    if pred.confidence >= 0.8:
        return True
    return False
