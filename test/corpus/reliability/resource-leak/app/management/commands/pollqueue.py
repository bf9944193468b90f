import sqlite3
import time

from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Long-running worker: polls the queue forever"

    def handle(self, **options):
        while True:
            # expect: reliability/resource-leak
            con = sqlite3.connect("queue.db")
            rows = con.execute("SELECT id FROM jobs WHERE done = 0").fetchall()
            for (job_id,) in rows:
                con.execute("UPDATE jobs SET done = 1 WHERE id = ?", (job_id,))
            con.commit()
            time.sleep(5)
