"""Atom feeds: the reports, and every update (all published pages), newest first.

Each feed runs a fixed number of queries: one for the items, plus, for items without a
search description (rare: it is required in the default language), one per page type
among those (see `for_listing`); never one per item."""

import datetime

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page, Site

from pages.models import ReportPage, SiteSettings
from pages.models.base import for_listing, public_only

FEED_LENGTH = 20


def organization_name(site):
    """Who writes the site, for a feed's required Atom author."""
    if site is not None:
        name = SiteSettings.for_site(site).organization_name
        if name:
            return name
        if site.site_name:
            return site.site_name
    return str(SiteSettings._meta.get_field("organization_name").default)


class KeptFeed(Feed):
    """A feed sent in one piece. Its whole response is kept by the page cache like any
    page (published content only, the same for every reader of one address)."""

    def __call__(self, request, *args, **kwargs):
        response = super().__call__(request, *args, **kwargs)
        # The feed writer leaves one chunk per XML element, and the server sends each
        # chunk with its own write: a few milliseconds per feed. One chunk.
        response.content = response.content
        return response


class _PageFeed(KeptFeed):
    feed_type = Atom1Feed

    def get_object(self, request, *args, **kwargs):
        self.request = request
        self.site = Site.find_for_request(request)
        return None

    def _pages(self):
        return public_only(Page.objects.live()).filter(locale=Locale.get_active())

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return getattr(item, "listing_summary", "") or ""

    def item_link(self, item):
        # Also the entry's id: Django's Feed uses the link when there is no item_guid.
        return item.get_full_url(self.request)

    def item_updateddate(self, item):
        return item.last_published_at

    def author_name(self):
        # Atom requires an author for the feed (or every entry): the organization.
        return organization_name(self.site)


class ReportsFeed(_PageFeed):
    title = _("Reports · Immigrant Defense Project")
    description = _("New reports from the Immigrant Defense Project.")

    def link(self):
        return reverse("feed_reports")

    def items(self):
        return list(
            public_only(ReportPage.objects.live())
            .filter(locale=Locale.get_active())
            .order_by("-publication_date", "-pk")
            .defer_streamfields()[:FEED_LENGTH]
        )

    def item_pubdate(self, item):
        # A report's date is its release date; noon keeps it on that day in any zone.
        return timezone.make_aware(
            datetime.datetime.combine(item.publication_date, datetime.time(12, 0))
        )


class UpdatesFeed(_PageFeed):
    title = _("Updates · Immigrant Defense Project")
    description = _("Everything newly published on the Immigrant Defense Project's website.")

    def link(self):
        return reverse("feed_updates")

    def items(self):
        # depth > 2 leaves out the root and the home pages.
        return for_listing(
            self._pages().filter(depth__gt=2).order_by("-first_published_at", "-pk")[:FEED_LENGTH]
        )

    def item_pubdate(self, item):
        return item.first_published_at
