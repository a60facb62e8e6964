"""The library's Atom feed: its current items (resources and reports), newest first, in
the reader's language. A fixed number of queries: one for the items with their pages."""

import datetime

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from pages.feeds import FEED_LENGTH, _PageFeed

from .models.listing import entries


class LibraryFeed(_PageFeed):
    title = _("Resource library · Immigrant Defense Project")
    description = _("New practice advisories, know-your-rights material, toolkits and reports.")

    def link(self):
        return reverse("feed_library")

    def feed_guid(self):
        # Ids that name no page by its slug (a slug is in the page's first language):
        # stable tag URIs (RFC 4151) of the feed and its entries.
        return f"tag:{self.request.get_host()},2026:feed:{get_language()}"

    def item_guid(self, item):
        return f"tag:{self.request.get_host()},2026:page:{item.page_id}"

    item_guid_is_permalink = False

    def items(self):
        found = entries(Locale.get_active().pk, {}).select_related("page")
        return list(found.order_by("-publication_date", "-pk")[:FEED_LENGTH])

    def item_title(self, item):
        return item.page.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.page.get_full_url(self.request)

    def item_updateddate(self, item):
        return item.page.last_published_at

    def item_pubdate(self, item):
        # An item's date is its publication date; noon keeps it on that day in any zone.
        return timezone.make_aware(
            datetime.datetime.combine(item.publication_date, datetime.time(12, 0))
        )

    def item_categories(self, item):
        return [item.get_resource_type_display()]
