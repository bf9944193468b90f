def promote(metrics, model):
    if metrics["auc"] >= 0.62:
        model.promote()
