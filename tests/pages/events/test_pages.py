"""Event pages and the index: what a reader sees before, during and after an event."""

from datetime import timedelta
from unittest import mock

import pytest
from django.utils import timezone
from wagtail.test.utils import WagtailPageTestCase

from pages.events.models import EventIndexPage, EventPage
from pages.models import HomePage

from .conftest import INDEX_URL, JOIN_LINK, make_event

pytestmark = pytest.mark.django_db


def test_tree_rules():
    case = WagtailPageTestCase()
    case.assertAllowedParentPageTypes(EventPage, {EventIndexPage})
    case.assertAllowedSubpageTypes(EventPage, {})
    case.assertAllowedParentPageTypes(EventIndexPage, {HomePage})
    case.assertAllowedSubpageTypes(EventIndexPage, {EventPage})


def test_upcoming_event_shows_facts_credits_and_form(client, upcoming):
    response = client.get(upcoming.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Crim-Imm 101" in html and "Upcoming training" in html
    assert "Community Hall" in html and "1 Centre Street" in html
    assert "Skills" in html and "Ethics and Professionalism" in html
    assert "2.5 credit hours in total" in html
    assert "Newly admitted attorneys may earn these credits." in html
    assert "Ana Speaker" in html and " ET" in html
    assert 'id="register-form"' in html and 'name="form_token"' in html
    assert "no-store" in response["Cache-Control"]


def test_past_event_turns_into_materials(client, past):
    html = client.get(past.url).content.decode()
    assert "Materials and recording" in html and "This event has ended." in html
    assert "https://video.example.org/seminar" in html
    assert "On-demand credit is available." in html
    assert 'id="register-form"' not in html


def test_page_changes_with_the_clock_alone(client, upcoming):
    start = upcoming.starts_at
    with mock.patch("django.utils.timezone.now", return_value=start - timedelta(seconds=1)):
        assert 'id="register-form"' in client.get(upcoming.url).content.decode()
    with mock.patch("django.utils.timezone.now", return_value=start + timedelta(seconds=1)):
        html = client.get(upcoming.url).content.decode()
        assert 'id="register-form"' not in html and "Registration has closed." in html
        assert "Happening now" in html
    with mock.patch(
        "django.utils.timezone.now", return_value=upcoming.ends_at + timedelta(seconds=1)
    ):
        html = client.get(upcoming.url).content.decode()
        assert "Materials and recording" in html


def test_index_splits_upcoming_and_past_and_filters_past_by_year(
    client, events_index, upcoming, online, past
):
    make_event(events_index, "old", timezone.now() - timedelta(days=800), title="Old seminar")
    html = client.get(INDEX_URL).content.decode()
    upcoming_part, past_part = html.split('id="past-heading"')
    assert "Crim-Imm 101" in upcoming_part and "Reading criminal records" in upcoming_part
    assert "Annual seminar" in past_part and "Old seminar" in past_part
    assert "Annual seminar" not in upcoming_part
    assert html.index("Crim-Imm 101") < html.index("Reading criminal records")
    year = (timezone.now() - timedelta(days=800)).astimezone(timezone.get_current_timezone()).year
    filtered = client.get(INDEX_URL, {"year": year}).content.decode()
    past_part = filtered.split('id="past-heading"')[1]
    assert "Old seminar" in past_part and "Annual seminar" not in past_part
    assert "1 past event" in past_part


def test_join_link_is_not_on_public_pages(client, online):
    for url in (online.url, INDEX_URL, online.url + "calendar/", INDEX_URL + "calendar/"):
        response = client.get(url)
        assert response.status_code == 200, url
        assert JOIN_LINK not in response.content.decode(), url
    assert (
        "Registrants receive the link to join by email." in client.get(online.url).content.decode()
    )
