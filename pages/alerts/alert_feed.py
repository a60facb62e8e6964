"""The Atom feed of alerts, one per language (/en/feeds/alerts/, /es/feeds/alerts/):
every published alert of that language, newest start first, current or not."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from pages.alerts.models import AlertPage
from pages.feeds import FEED_LENGTH, _PageFeed
from pages.models.base import public_only


class AlertsFeed(_PageFeed):
    title = _("Alerts · Immigrant Defense Project")
    description = _(
        "Verified alerts from the Immigrant Defense Project: what changed and what to do."
    )

    def link(self):
        return reverse("feed_alerts")

    def items(self):
        return list(
            public_only(AlertPage.objects.live())
            .filter(locale=Locale.get_active())
            .order_by("-starts_at", "-pk")[:FEED_LENGTH]
        )

    def item_pubdate(self, item):
        return item.starts_at

    def item_description(self, item):
        return item.search_description
