import pickle


def load_model(path):
    return pickle.load(open(path, "rb"))


def predict(model, rows):
    rows = list(rows)
    return model.predict(rows)
