"""`manage.py update_search_entries`: build the site-search index again from every live
page (after a deploy that adds the index, or to repair it). PostgreSQL only; SQLite
searches through Wagtail's backend and needs `manage.py update_index` instead."""

from django.core.management.base import BaseCommand

from pages import search_index


class Command(BaseCommand):
    help = "Rebuild the site-search entries (PostgreSQL)."

    def handle(self, *args, **options):
        if not search_index.enabled():
            self.stdout.write("SQLite: nothing to do (search uses Wagtail's backend).")
            return
        search_index.rebuild(self.stdout)
