import pandas as pd
import torch


def evaluate(model, loader):
    # ok: security/code-eval
    model.eval()
    with torch.no_grad():
        return [model(x) for x in loader]


def add_margin(df: pd.DataFrame) -> pd.DataFrame:
    # ok: security/code-eval
    return df.eval("margin = revenue - cost")
