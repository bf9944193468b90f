from app.service import handle


def backfill():
    handle()


if __name__ == "__main__":
    backfill()
