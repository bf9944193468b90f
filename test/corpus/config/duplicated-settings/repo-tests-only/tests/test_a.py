from catboost import CatBoostClassifier

PARAMS = {
    "iterations": 1000,
    "learning_rate": 0.05,
    "depth": 6,
    "loss_function": "Logloss",
    "random_seed": 42,
}


def train(x, y):
    return CatBoostClassifier(**PARAMS).fit(x, y)
