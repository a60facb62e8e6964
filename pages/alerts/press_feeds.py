"""The Atom feed of statements and press releases, one per statements index (so one
per language), kept and served like the site's other feeds (pages/feeds.py)."""

import datetime

from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext_lazy as _
from wagtail.models import Site

from pages.feeds import FEED_LENGTH, KeptFeed, organization_name


class StatementsFeed(KeptFeed):
    feed_type = Atom1Feed
    description = _("Statements and press releases from the Immigrant Defense Project.")

    def get_object(self, request, index_page):
        self.request = request
        self.site = Site.find_for_request(request)
        return index_page

    def title(self, index_page):
        return _("%(title)s · Immigrant Defense Project") % {"title": index_page.title}

    def link(self, index_page):
        return index_page.get_full_url(self.request)

    def author_name(self, index_page):
        return organization_name(self.site)

    def items(self, index_page):
        return index_page.feed_items(FEED_LENGTH)

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.listing_summary or ""

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_pubdate(self, item):
        # The release date; noon keeps it on that day in any time zone.
        return timezone.make_aware(datetime.datetime.combine(item.release_date, datetime.time(12)))

    def item_updateddate(self, item):
        return item.last_published_at or self.item_pubdate(item)
