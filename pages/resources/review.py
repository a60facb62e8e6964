"""Review status: whether a resource was checked by legal staff recently enough to be
relied on. The window is a site setting (LibrarySettings.review_window_months)."""

import calendar
import datetime

from django.utils import timezone


def today():
    """The organization's today (a function, so tests can move the clock)."""
    return timezone.localdate()


def months_before(day, months):
    """`day` moved back `months` calendar months (the 31st becomes the month's last day)."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    month += 1
    return datetime.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def review_cutoff(window_months):
    """Resources last reviewed before this day are due for review."""
    return months_before(today(), window_months)


def review_due(last_reviewed_on, window_months):
    """Whether a resource reviewed on `last_reviewed_on` (None: never) is due."""
    return last_reviewed_on is None or last_reviewed_on < review_cutoff(window_months)
