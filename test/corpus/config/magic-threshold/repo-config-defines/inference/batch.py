def accept_batch(pred):
    if pred.confidence >= 0.8:
        return True
    return False
