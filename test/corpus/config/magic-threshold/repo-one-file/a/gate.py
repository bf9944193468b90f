def promote(metrics, model):
    if metrics["auc"] >= 0.62:
        model.promote()

def p2(metrics, model):
    if metrics["auc"] >= 0.62:
        model.promote()

def p3(metrics, model):
    if metrics["auc"] >= 0.62:
        model.promote()
