"""Calendar files (RFC 5545) written with `icalendar`: one event's `.ics`, and the
subscription feeds of upcoming events. Times are written in UTC ("Z"), which every
calendar reads the same way, so no VTIMEZONE is needed; the summary says the New York
time in words as well. The join link is written only into a confirmed registrant's
file (`event_calendar(..., join_link=True)`), never into a public one."""

from datetime import UTC

from django.conf import settings
from django.utils import timezone
from icalendar import Calendar, Event

from pages.events.times import session_label

PRODID = "-//Immigrant Defense Project//Events//EN"


def new_calendar(name=""):
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    if name:
        calendar.add("x-wr-calname", name)
    return calendar


def _uid(event, session):
    domain = getattr(settings, "NOTIFICATION_MESSAGE_ID_DOMAIN", "immdefense.org")
    return f"event-{event.pk}-session-{session.pk}@{domain}"


def _location(event):
    if event.online:
        return "Online"
    return ", ".join(p for p in [event.venue_name, *event.address.splitlines()] if p.strip())


def add_event(calendar, event, url, join_link=False, method_cancel=False):
    """One VEVENT per session of `event`."""
    stamp = timezone.now().astimezone(UTC)
    for session in event.session_list:
        item = Event()
        item.add("uid", _uid(event, session))
        item.add("dtstamp", stamp)
        item.add("dtstart", session.start.astimezone(UTC))
        item.add("dtend", session.end.astimezone(UTC))
        title = event.title if not session.title else f"{event.title}: {session.title}"
        item.add("summary", title)
        description = [event.summary, session_label(session.start, session.end), url]
        if join_link and event.online and event.join_link:
            description.append(event.join_link)
        item.add("description", "\n\n".join(str(p) for p in description if p))
        location = _location(event)
        if location:
            item.add("location", location)
        item.add("url", url)
        if method_cancel:
            item.add("status", "CANCELLED")
        calendar.add_component(item)
    return calendar


def event_calendar(event, url, join_link=False):
    """The `.ics` of one event, as bytes."""
    calendar = new_calendar()
    add_event(calendar, event, url, join_link=join_link)
    return calendar.to_ical()


def feed_calendar(name, events, url_for):
    """A subscription feed of `events`; `url_for(event)` gives each one's address."""
    calendar = new_calendar(name)
    calendar.add("x-published-ttl", "PT1H")
    for event in events:
        add_event(calendar, event, url_for(event))
    return calendar.to_ical()
