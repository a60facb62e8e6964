"""Event times: stored aware (UTC in the database), always shown in New York time."""

import zoneinfo

from django.utils import formats, timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

#: Every time on an event page, feed and calendar file is New York time.
EVENT_ZONE = zoneinfo.ZoneInfo("America/New_York")
ZONE_LABEL = _("ET")


def ny_time(value):
    """An aware datetime in New York time."""
    return timezone.localtime(value, EVENT_ZONE)


def session_label(start, end):
    """ "Sunday, November 1, 2026, 1:30 AM – 3:00 AM ET" in the active language, New
    York time (the day clocks change included: each end is converted on its own)."""
    start, end = ny_time(start), ny_time(end)
    day = formats.date_format(start, gettext("l, F j, Y"))
    start_time = formats.time_format(start, "TIME_FORMAT")
    end_time = formats.time_format(end, "TIME_FORMAT")
    if end.date() != start.date():
        end_time = formats.date_format(end, gettext("F j")) + ", " + end_time
    return f"{day}, {start_time} – {end_time} {ZONE_LABEL}"
