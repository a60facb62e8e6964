"""Fixtures for the events tests: an events index with an upcoming in-person training
(2 places), an online one with a join link, and a past one with materials; times are
set relative to now, so the tests need no clock control beyond patching `now`."""

import time
from datetime import timedelta

import pytest
from django.core.cache import cache
from django.utils import timezone

from idp_site.submissions.form_protection import issue_token
from pages.events.forms import PROTECTION_SCOPE
from pages.events.models import (
    EventCredit,
    EventIndexPage,
    EventPage,
    EventSession,
    EventSpeaker,
)
from tests.conftest import add_page

JOIN_LINK = "https://meet.example.net/j/canary-join-4417"
CANARY_EMAIL = "okapicanary5521@example.org"
CANARY_NAME = "Quillon Okapi"
INDEX_URL = "/en/trainings/"


def register_data(age=30, **overrides):
    data = {
        "form_token": issue_token(PROTECTION_SCOPE, issued_at=time.time() - age),
        "homepage_url": "",
        "name": CANARY_NAME,
        "email": CANARY_EMAIL,
        "organization": "Bronx Defenders Canary",
        "access_needs": "Spanish interpretation",
    }
    data.update(overrides)
    return data


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def events_index(home):
    return add_page(
        home,
        EventIndexPage(
            title="Trainings", slug="trainings", intro="Trainings.", search_description="x"
        ),
    )


def make_event(index, slug, start, hours=2, sessions=1, **fields):
    start = start.replace(second=0, microsecond=0)
    page = EventPage(
        title=fields.pop("title", f"Training {slug}"),
        slug=slug,
        summary=fields.pop("summary", "What defenders need to know."),
        search_description="A training.",
        **fields,
    )
    for number in range(sessions):
        begin = start + timedelta(days=number)
        page.sessions.add(EventSession(start=begin, end=begin + timedelta(hours=hours)))
    page.speakers.add(EventSpeaker(name="Ana Speaker", role="Staff Attorney"))
    page.credits.add(EventCredit(category="skills", hours="1.5"))
    page.credits.add(EventCredit(category="ethics", hours="1.0"))
    return add_page(index, page)


@pytest.fixture
def upcoming(events_index):
    return make_event(
        events_index,
        "crim-imm-101",
        timezone.now() + timedelta(days=3),
        title="Crim-Imm 101",
        venue_name="Community Hall",
        address="1 Centre Street\nNew York, NY",
        capacity=2,
        newly_admitted_eligible=True,
    )


@pytest.fixture
def online(events_index):
    return make_event(
        events_index,
        "records-online",
        timezone.now() + timedelta(days=5),
        title="Reading criminal records",
        online=True,
        join_link=JOIN_LINK,
        capacity=20,
    )


@pytest.fixture
def past(events_index):
    return make_event(
        events_index,
        "seminar-2025",
        timezone.now() - timedelta(days=30),
        title="Annual seminar",
        venue_name="Law school",
        address="55 Fifth Avenue",
        recording_url="https://video.example.org/seminar",
        on_demand_credit_note="<p>On-demand credit is available.</p>",
    )
