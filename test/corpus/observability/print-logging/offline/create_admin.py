import getpass


def main():
    email = input("admin e-mail: ")
    password = getpass.getpass("password: ")
    create(email, password)
    # ok: observability/print-logging
    print(f"created {email}")


def create(email, password):
    return email, password


if __name__ == "__main__":
    main()
