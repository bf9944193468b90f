import sqlite3

from django.conf import settings
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Renders the docs into a search index"

    def handle(self, **options):
        # ok: reliability/resource-leak
        con = sqlite3.connect(settings.BASE_DIR / "search.db")
        cur = con.cursor()
        cur.execute("DROP TABLE IF EXISTS docs")
        cur.execute("CREATE VIRTUAL TABLE docs USING FTS5(slug, body)")
        for slug in settings.DOC_SLUGS:
            cur.execute("INSERT INTO docs VALUES (?, ?)", (slug, slug))
        con.commit()
