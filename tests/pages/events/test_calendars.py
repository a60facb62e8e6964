"""Calendar files and feeds: parsed with `icalendar`, they carry PRODID, VERSION, UID,
DTSTAMP and UTC times; an event on 1 November 2026 (clocks go back in New York that
night) shows 9:00 a.m. ET in the page, the feeds, the `.ics` and the JSON-LD."""

import datetime
import json
import re
import xml.etree.ElementTree as ET
from unittest import mock

import pytest
from icalendar import Calendar

from pages.events.models import EventPage, EventSession
from tests.conftest import add_page

from .conftest import INDEX_URL, JOIN_LINK

pytestmark = pytest.mark.django_db

UTC = datetime.UTC
# 09:00 in New York on the day clocks go back: EST (UTC-5), so 14:00 UTC. The day
# before, 09:00 was 13:00 UTC.
DST_START = datetime.datetime(2026, 11, 1, 14, 0, tzinfo=UTC)
BEFORE = datetime.datetime(2026, 10, 20, 12, 0, tzinfo=UTC)


@pytest.fixture
def dst_event(events_index):
    page = EventPage(
        title="Know your rights",
        slug="kyr-november",
        summary="Community session.",
        search_description="x",
        audience="community",
        language="es",
        online=True,
        join_link=JOIN_LINK,
    )
    page.sessions.add(EventSession(start=DST_START, end=DST_START + datetime.timedelta(hours=2)))
    return add_page(events_index, page)


@pytest.fixture
def clock():
    with mock.patch("django.utils.timezone.now", return_value=BEFORE):
        yield


def _check_calendar(content):
    calendar = Calendar.from_ical(content)
    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["PRODID"]).startswith("-//Immigrant Defense Project//")
    events = calendar.walk("VEVENT")
    for event in events:
        for name in ("UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY"):
            assert name in event, name
        assert event.decoded("DTSTART").utcoffset() == datetime.timedelta(0)
    assert JOIN_LINK not in content.decode()
    return events


def test_event_ics_has_the_right_time(client, clock, dst_event):
    response = client.get(dst_event.url + "calendar/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    (event,) = _check_calendar(response.content)
    start = event.decoded("DTSTART")
    assert start == DST_START
    ny = start.astimezone(datetime.timezone(datetime.timedelta(hours=-5)))
    assert (ny.hour, ny.minute) == (9, 0)
    assert "9 a.m." in str(event["DESCRIPTION"]) and "ET" in str(event["DESCRIPTION"])


def test_page_and_json_ld_show_nine_am_et(client, clock, dst_event):
    html = client.get(dst_event.url).content.decode()
    assert "Sunday, November 1, 2026, 9 a.m. – 11 a.m. ET" in html
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    event = next(d for d in map(json.loads, blocks) if d.get("@type") == "Event")
    assert event["startDate"] == "2026-11-01T09:00:00-05:00"
    assert event["eventAttendanceMode"].endswith("OnlineEventAttendanceMode")
    assert event["location"]["@type"] == "VirtualLocation"
    assert JOIN_LINK not in html


def test_feeds_list_upcoming_events_per_audience(client, clock, dst_event, upcoming):
    every = _check_calendar(client.get(INDEX_URL + "calendar/").content)
    assert {str(e["SUMMARY"]) for e in every} == {"Know your rights", "Crim-Imm 101"}
    (community,) = _check_calendar(client.get(INDEX_URL + "calendar/community/").content)
    assert community.decoded("DTSTART") == DST_START
    defenders = _check_calendar(client.get(INDEX_URL + "calendar/defenders/").content)
    assert [str(e["SUMMARY"]) for e in defenders] == ["Crim-Imm 101"]
    assert client.get(INDEX_URL + "calendar/nobody/").status_code == 404


def test_atom_feed(client, clock, dst_event):
    response = client.get(INDEX_URL + "feed/")
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ET.fromstring(response.content)  # noqa: S314 - our own feed, in a test
    ns = {"a": "http://www.w3.org/2005/Atom"}
    (entry,) = root.findall("a:entry", ns)
    assert entry.find("a:title", ns).text == "Know your rights"
    assert "9 a.m. – 11 a.m. ET" in entry.find("a:summary", ns).text
    assert JOIN_LINK not in response.content.decode()
