import torch


def predict(model, batch, frame):
    # ok: security/code-eval
    model.eval()
    # ok: security/code-eval
    scored = frame.eval("score = a * 0.3 + b * 0.7")
    with torch.no_grad():
        return model(batch), scored
