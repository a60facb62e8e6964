"""What an event page shows, decided at render time: upcoming with its registration,
under way, or ended with its materials; its schema.org description; the Atom feed of
upcoming events. Nothing here reads the join link."""

from django.http import HttpResponse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext_lazy as _

from pages.events.times import ny_time, session_label

UPCOMING, UNDER_WAY, ENDED = "upcoming", "under_way", "ended"


def event_state(page, now=None):
    now = now or timezone.now()
    start, end = page.starts_at, page.ends_at
    if end is not None and now >= end:
        return ENDED
    if start is not None and now >= start:
        return UNDER_WAY
    return UPCOMING


def event_context(page):
    """The page's state and what the template lists (sessions with their New York
    times, credits in category order)."""
    now = timezone.now()
    state = event_state(page, now)
    credits = list(page.credits.all())
    return {
        "state": state,
        "ended": state == ENDED,
        "sessions": [
            {"title": s.title, "label": session_label(s.start, s.end), "start": ny_time(s.start)}
            for s in page.session_list
        ],
        "credits": credits,
        "credit_total": sum((c.hours for c in credits), start=0),
        "speakers": list(page.speakers.all()),
        "registration_open": page.registration_event.registration_is_open(now),
        "closes_at": page.closes_at(),
    }


def _place(page):
    if page.online:
        return {"@type": "VirtualLocation", "url": page.full_url}
    place = {"@type": "Place", "name": page.venue_name or page.title}
    if page.address:
        place["address"] = ", ".join(line.strip() for line in page.address.splitlines())
    return place


def event_json_ld(page, url, organization=None):
    """schema.org/Event (or EducationEvent for a training with credits)."""
    start, end = page.starts_at, page.ends_at
    if start is None:
        return None
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": page.title,
        "description": page.summary,
        "url": url,
        "startDate": ny_time(start).isoformat(),
        "endDate": ny_time(end).isoformat(),
        "eventStatus": "https://schema.org/EventScheduled",
        "eventAttendanceMode": "https://schema.org/"
        + ("OnlineEventAttendanceMode" if page.online else "OfflineEventAttendanceMode"),
        "location": _place(page),
        "inLanguage": page.language,
        "isAccessibleForFree": not page.cost,
    }
    if organization:
        data["organizer"] = organization
    speakers = [{"@type": "Person", "name": s.name} for s in page.speakers.all()]
    if speakers:
        data["performer"] = speakers
    return data


def atom_feed(index, request):
    """The upcoming events as an Atom feed, soonest first."""
    feed = Atom1Feed(
        title=f"{index.title}",
        link=index.get_full_url(request),
        description=_("Upcoming trainings and events of the Immigrant Defense Project."),
        feed_url=request.build_absolute_uri(),
        author_name=_("Immigrant Defense Project"),
    )
    for event in index.upcoming().prefetch_related("sessions")[:100]:
        times = "; ".join(session_label(s.start, s.end) for s in event.session_list)
        feed.add_item(
            title=event.title,
            link=event.get_full_url(request),
            description=f"{times}. {event.summary}",
            unique_id=event.get_full_url(request),
            updateddate=event.last_published_at,
            pubdate=event.first_published_at,
        )
    return HttpResponse(
        feed.writeString("utf-8"), content_type="application/atom+xml; charset=utf-8"
    )
