"""The demo's trainings: two upcoming and two past (with materials), one in Spanish,
one community know-your-rights session; each page answers."""

import pytest
from django.utils import timezone

from pages.events.models import EventIndexPage, EventPage

pytestmark = pytest.mark.django_db


def test_demo_trainings(client, demo_content):
    events = list(EventPage.objects.live().filter(locale__language_code="en"))
    assert len(events) == 4
    now = timezone.now()
    upcoming = [e for e in events if not e.has_ended(now)]
    past = [e for e in events if e.has_ended(now)]
    assert len(upcoming) == 2 and len(past) == 2
    assert all(e.registration_is_open(now) for e in upcoming)
    assert all(e.materials for e in past)
    assert any(e.language == "es" for e in events)
    assert any(e.audience == "community" for e in events)
    index = EventIndexPage.objects.live().get(locale__language_code="en")
    html = client.get(index.url).content.decode()
    for event in events:
        assert event.title in html
        page = client.get(event.url)
        assert page.status_code == 200
        assert "meet.example.org" not in page.content.decode()
    for event in past:
        assert "Materials and recording" in client.get(event.url).content.decode()
