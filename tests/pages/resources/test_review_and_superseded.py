"""Review status and superseded resources: a resource last reviewed 13 months ago (the
clock moved 13 months past its review) warns readers and is listed under "Review due";
a superseded one says so, links forward, leaves the default listing and stays findable
under "show older" at its own address."""

import datetime

import pytest
from django.urls import reverse

from pages.resources import review
from pages.resources.models import LibrarySettings
from tests.conftest import login_with_mfa, publish_help_line
from tests.pages.resources import library as build

pytestmark = pytest.mark.django_db

REVIEWED = datetime.date(2025, 2, 10)


@pytest.fixture
def lib(home, settings):
    settings.PAGE_CACHE_ENABLED = False
    return build.library(home)


def _move_clock(monkeypatch, months):
    monkeypatch.setattr(review, "today", lambda: review.months_before(REVIEWED, -months))


def test_warning_and_review_due_after_the_window(client, lib, monkeypatch, make_user):
    publish_help_line("(555) 010-0199")
    old = build.resource(lib, "Checklist for pleas", last_reviewed_on=REVIEWED)
    fresh = build.resource(lib, "Fresh advisory", last_reviewed_on=REVIEWED)
    fresh.last_reviewed_on = review.months_before(REVIEWED, -2)
    fresh.save_revision().publish()

    _move_clock(monkeypatch, 11)
    assert "may be out of date" not in client.get(old.url).content.decode()

    _move_clock(monkeypatch, 13)
    html = client.get(old.url).content.decode()
    assert "This resource may be out of date." in html
    assert "more than 12 months ago" in html
    assert 'href="tel:+15550100199"' in html and "(555) 010-0199" in html
    assert "may be out of date" not in client.get(fresh.url).content.decode()

    admin = make_user("legal", superuser=True)
    login_with_mfa(client, admin)
    report = client.get(reverse("resources_review_due"))
    assert report.status_code == 200
    text = report.content.decode()
    assert "Review due" in text
    assert "Checklist for pleas" in text and "Fresh advisory" not in text
    assert "reviewed_by" not in client.get(old.url).content.decode()


def test_the_window_is_a_site_setting(client, lib, monkeypatch, site):
    page = build.resource(lib, "Posters", last_reviewed_on=REVIEWED)
    _move_clock(monkeypatch, 13)
    setting = LibrarySettings.for_site(site)
    setting.review_window_months = 18
    setting.save()
    assert "may be out of date" not in client.get(page.url).content.decode()


def test_reviewer_is_never_shown_publicly(client, lib, make_user):
    reviewer = make_user("Ana Reviewer")
    page = build.resource(lib, "Advisory", last_reviewed_on=REVIEWED, reviewed_by=reviewer)
    html = client.get(page.url).content.decode()
    assert "Last reviewed by IDP legal staff on" in html and "10 February 2025" in html
    assert "Ana Reviewer" not in html


def test_superseded_resource_links_forward_and_leaves_the_default_listing(client, lib):
    new = build.resource(lib, "Advisory 2025 edition", date=datetime.date(2025, 6, 1))
    old = build.resource(lib, "Advisory 2019 edition", date=datetime.date(2019, 6, 1))
    old.superseded_by = new
    old.save_revision().publish()

    response = client.get(old.url)  # keeps its address
    html = response.content.decode()
    assert response.status_code == 200
    assert "A newer version replaces this resource." in html
    assert f'<a href="{new.url}">Advisory 2025 edition</a>' in html

    listing = client.get(lib.url).content.decode()
    assert "Advisory 2025 edition" in listing and "Advisory 2019 edition" not in listing
    assert '<p role="status">1 resource</p>' in listing
    older = client.get(lib.url, {"older": "on"}).content.decode()
    assert "Advisory 2019 edition" in older and "Replaced by a newer version" in older
    assert '<p role="status">2 resources</p>' in older
