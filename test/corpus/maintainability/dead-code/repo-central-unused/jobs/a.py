import psycopg2


def get_connection():
    return psycopg2.connect(DSN)


def run():
    get_connection()


if __name__ == "__main__":
    run()
