"""Admin listings for reports, stories and snippets; Communications manages snippets."""

import datetime

import pytest

from pages.models import Topic
from pages.roles import COMMUNICATIONS
from tests.conftest import login_with_mfa
from tests.pages import content

pytestmark = pytest.mark.django_db


@pytest.fixture
def data(home):
    reports = content.report_index(home)
    stories = content.story_index(home)
    content.report(reports, "Findable report", datetime.date(2017, 5, 1))
    content.story(stories, "Findable story", storyteller_name="K. (a pseudonym)")
    content.topic("Youth")
    content.partner("ILRC")


def test_report_and_story_listings_show_columns_filters_and_search(client, data, make_user):
    login_with_mfa(client, make_user("root", superuser=True))
    html = client.get("/admin/report_pages/").content.decode()
    assert "Findable report" in html and "Published on" in html
    html = client.get("/admin/report_pages/?q=findable").content.decode()
    assert "Findable report" in html
    html = client.get("/admin/story_pages/?consent_recorded=true").content.decode()
    assert "Findable story" in html and "K. (a pseudonym)" in html


@pytest.mark.parametrize(
    ("url", "text"),
    [
        ("/admin/snippets/pages/topic/?q=youth", "Youth"),
        ("/admin/snippets/pages/partner/?q=ilrc", "ILRC"),
        ("/admin/snippets/pages/person/", "people"),
    ],
)
def test_communications_manages_snippets(client, data, make_user, url, text):
    login_with_mfa(client, make_user("comms", groups=[COMMUNICATIONS]))
    response = client.get(url)
    assert response.status_code == 200
    assert text.lower() in response.content.decode().lower()


def test_communications_can_add_a_topic(client, home, make_user):
    login_with_mfa(client, make_user("comms", groups=[COMMUNICATIONS]))
    response = client.post(
        "/admin/snippets/pages/topic/add/",
        {"name": "Gangs", "slug": "gangs", "description": "", "locale": "1"},
    )
    assert response.status_code == 302
    assert Topic.objects.filter(slug="gangs").exists()
