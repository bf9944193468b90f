import psycopg2


def get_connection():
    return psycopg2.connect(DSN)


def run_b():
    get_connection()


if __name__ == "__main__":
    run_b()
