"""The events index and an event page render in a fixed number of queries, with a
little content and with ten times more, within the site's budget."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from pages.events.models import EventCredit, EventSession, EventSpeaker
from tests.budgets import QUERY_BUDGET

from .conftest import INDEX_URL, make_event

pytestmark = pytest.mark.django_db


def _count(client, url):
    client.get(url)  # warm per-process caches
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx)


def _events(index, first, last):
    now = timezone.now()
    for i in range(first, last):
        days = 3 + i if i % 2 else -(3 + i)
        make_event(index, f"event-{i}", now + timedelta(days=days), sessions=2)


def test_index_query_count_is_constant(client, settings, events_index):
    settings.PAGE_CACHE_ENABLED = False
    _events(events_index, 0, 3)
    small = _count(client, INDEX_URL)
    _events(events_index, 3, 30)
    large = _count(client, INDEX_URL)
    assert large == small <= QUERY_BUDGET


def test_event_page_query_count_is_constant(client, settings, past):
    settings.PAGE_CACHE_ENABLED = False
    small = _count(client, past.url)
    start = past.starts_at
    for i in range(10):
        past.sessions.add(
            EventSession(
                start=start + timedelta(days=i + 1), end=start + timedelta(days=i + 1, hours=1)
            )
        )
        past.speakers.add(EventSpeaker(name=f"Speaker {i}"))
        past.credits.add(EventCredit(category="skills", hours="0.5"))
    past.save_revision().publish()
    large = _count(client, past.url)
    assert large == small <= QUERY_BUDGET
