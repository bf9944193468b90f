from common.database import engine_connection, open_db


def load(batches):
    for batch in batches:
        db = open_db()
        db.executemany("insert into facts values (?, ?)", batch)
        db.commit()
        db.close()


def load_shared(batches):
    db = open_db()
    for batch in batches:
        db.executemany("insert into facts values (?, ?)", batch)
    db.commit()


def load_pooled(batches):
    for batch in batches:
        with engine_connection() as conn:
            conn.exec_driver_sql("insert into facts values (?, ?)", batch)


def first_reachable(paths):
    for path in paths:
        try:
            return open_db(path)
        except Exception:
            continue
