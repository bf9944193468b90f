import os

# expect: hygiene/todo-markers
# ToDo: cache the rates for an hour
RATES_URL = os.environ.get("RATES_URL", "https://rates.example.org")


def convert(amount, rate):
    return amount * rate
