def list_users():
    return [1]


def get_user(i):
    return {"id": i}
