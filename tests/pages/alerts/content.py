"""Alerts for tests: an archive under the home page and alerts in it, published as an
approved review does (tests/admin/test_alert_review.py goes through the review)."""

import datetime

from django.utils import timezone

from pages.alerts.models import AlertIndexPage, AlertPage
from tests.conftest import add_page


def add_archive(home, **fields):
    defaults = {"title": "Alerts", "slug": "alerts", "search_description": "Verified alerts."}
    fields = defaults | fields
    return add_page(home, AlertIndexPage(**fields))


def alert_fields(title="Courthouse arrests: know your rights", starts=-1, expires=30, **fields):
    """An alert's fields; `starts` and `expires` in days from now (fractions allowed)."""
    now = timezone.now()
    slug = title.lower().split(":")[0].replace(" ", "-")
    return {
        "title": title,
        "slug": slug,
        "search_description": "What changed at New York courthouses.",
        "severity": "urgent",
        "audience": "community",
        "languages": "English, Español",
        "starts_at": now + datetime.timedelta(days=starts),
        "expires_at": now + datetime.timedelta(days=expires),
        "source_name": "Protect Our Courts Act",
        "source_url": "https://www.nysenate.gov/legislation/bills/2019/S425",
        "source_checked_on": datetime.date(2026, 12, 1),
        "what_changed": "<p>A change in the law.</p>",
        "who_is_affected": "<p>People with a court date.</p>",
        "what_to_do": "<p>Go to your court date.</p>",
        "what_not_to_do": "<p>Do not share unverified sightings.</p>",
    } | fields


def add_alert(archive, publish=True, **fields):
    """Add an alert; without `publish`, a draft (a new page is live until told not to)."""
    return add_page(archive, AlertPage(live=publish, **alert_fields(**fields)), publish=publish)
