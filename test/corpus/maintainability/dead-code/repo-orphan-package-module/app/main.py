from app.service import handle


def main():
    handle()
