"""Build the organization's demo site. Safe to run again: it updates, never duplicates."""

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import translation
from wagtail.models import Site

from idp_site.devtools.demo import (
    alerts,
    campaigns,
    cards,
    events,
    library,
    menus,
    pages,
    press,
    translate,
)
from pages.models import HomePage


class Command(BaseCommand):
    help = "Create or update the demo content (idempotent)."

    def handle(self, *args, **options):
        # Built in the default language, whatever language is active (a second run must
        # read and write exactly what the first did).
        with translation.override(settings.LANGUAGE_CODE), transaction.atomic():
            # Pages first: campaigns build on the home page and the snippets it made.
            pages.load(self)
            # The resource library uses the topics the pages made.
            library.load(self, HomePage.objects.get(locale__language_code="en"), pages.upsert_page)
            campaigns.load(self)
            # The know-your-rights card and the chart page, before their translation.
            cards.load(self, pages.upsert_page)
            events.load(self)
            # Statements, press room, newsletter and donate pages (pages/alerts/).
            press.load(self, Site.objects.get(is_default_site=True).root_page.specific)
            home = HomePage.objects.get(locale__language_code=settings.LANGUAGE_CODE)
            alerts.load(self, home, pages.upsert_page)
            # Last: the Spanish edition of everything above, as editors translate.
            translate.load(self)
            # After the Spanish pages: the menus link to pages in both languages.
            menus.load(self)
        self.stdout.write(self.style.SUCCESS("Demo content is ready."))
