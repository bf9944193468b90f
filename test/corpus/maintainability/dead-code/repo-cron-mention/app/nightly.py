from app.service import handle


def go():
    handle()
