from app.service import handle


def weekly():
    return handle()
