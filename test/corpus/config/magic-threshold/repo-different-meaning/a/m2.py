def m2(metrics, model):
    if metrics["precision"] >= 0.62:
        model.promote()
