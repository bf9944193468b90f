"""Handlers whose silence is explained (info notices: still findings) next to look-alikes whose comment explains nothing."""
import sqlite3


def connect(url):
    conn = sqlite3.connect(url)
    try:
        with conn:
            conn.execute("PRAGMA journal_mode=WAL")
    # expect: reliability/swallowed-exception
    except sqlite3.OperationalError:
        # when the database is locked, another process already set the journal mode
        pass
    return conn


def fetch_rows(cur, results):
    try:
        for row in cur:
            results.add(dict(row))
    # no results to fetch for a statement that returns no rows
    # expect: reliability/swallowed-exception
    except sqlite3.ProgrammingError:
        pass
    return results


def migrate(conn):
    try:
        conn.execute("ALTER TABLE t ADD COLUMN c")
    # expect: reliability/swallowed-exception
    except sqlite3.OperationalError:
        # TODO: log this
        pass


def vacuum(conn):
    try:
        conn.execute("VACUUM")
    # expect: reliability/swallowed-exception
    except sqlite3.OperationalError:
        # log.warning("vacuum failed")
        pass


def group_leave(group, user, session):
    try:
        group.users.remove(user)
        session.commit()
    # expect: reliability/swallowed-exception
    except ValueError:
        pass


def search(q, by_id):
    found = []
    try:
        n = int(q)
        found.append(by_id(n))
    # expect: reliability/swallowed-exception
    except ValueError:
        pass
    return found


def parse_time(value, translator) -> str | None:
    try:
        return translator.t("minute", count=int(value))
    # expect: reliability/swallowed-exception
    except Exception:
        return None
