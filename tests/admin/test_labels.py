"""Clean labels and listings: one "Reports" menu, one name per thing, absolute dates,
yes/no icons instead of True/False, and the asterisk on a required meta description."""

import datetime
import json
import re
from collections import Counter

import pytest
from django.urls import reverse

from pages.models import StandardPage
from pages.roles import COMMUNICATIONS
from tests.conftest import add_page, login_with_mfa
from tests.pages import content

pytestmark = pytest.mark.django_db


def menu_labels(html):
    props = re.search(r'id="wagtail-sidebar-props"[^>]*>(.*?)</script>', html, re.S).group(1)
    return re.findall(r'"label": "([^"]+)"', json.loads(json.dumps(props)))


def test_one_reports_menu_and_one_name_per_thing(client, home, make_user):
    login_with_mfa(client, make_user("root", superuser=True))
    labels = Counter(menu_labels(client.get(reverse("wagtailadmin_home")).content.decode()))
    assert labels["Reports"] == 1
    assert labels["Translations"] == 1  # wagtail-localize's; ours is "Translation status"
    assert labels["Translation status"] == 1
    assert labels["Report pages"] == 1
    assert labels["Signatures"] == 1 and labels["Signatories"] == 0


def test_listings_show_dates_and_yes_no_icons(client, home, make_user):
    reports = content.report_index(home)
    content.report(reports, "Annual report", datetime.date(2016, 3, 12))
    stories = content.story_index(home)
    content.story(stories, "Ana's story")
    login_with_mfa(client, make_user("comms", groups=[COMMUNICATIONS]))

    html = client.get("/admin/report_pages/").content.decode()
    assert "March 12, 2016" in html
    assert "years ago" not in html

    html = client.get("/admin/story_pages/").content.decode()
    row = html[html.index("Ana&#x27;s story") :]
    assert "icon-check" in row[:6000]
    assert ">True<" not in html and ">False<" not in html


def test_signature_listing_says_signatures_with_dates_and_icons(client, statement, make_user):
    from campaigns.models import Signatory

    Signatory.objects.create(
        statement=statement,
        kind="individual",
        contact_name="Rosa Diaz",
        email="rosa@example.org",
        city="Bronx",
        consent_to_list=True,
        status="approved",
    )
    login_with_mfa(client, make_user("comms", groups=[COMMUNICATIONS]))
    html = client.get(reverse("wagtailsnippets_campaigns_signatory:list")).content.decode()
    assert "Signatures" in html and "Signatories" not in html
    assert "Listed publicly" in html and "icon-check" in html
    assert "ago" not in html.split("Rosa Diaz", 1)[1][:2000]


def test_meta_description_shows_as_required_but_drafts_save_without_it(client, home, make_user):
    page = add_page(home, StandardPage(title="About", slug="about", search_description="x"))
    login_with_mfa(client, make_user("comms", groups=[COMMUNICATIONS]))
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    html = client.get(url).content.decode()
    label = re.search(r'<label[^>]*for="id_search_description"[^>]*>(.*?)</label>', html, re.S)
    assert "w-required-mark" in label.group(1)

    data = {"title": "About", "slug": "about", "intro": "", "body-count": "0"}
    data.update({"search_description": "", "topic_links-TOTAL_FORMS": "0"})
    assert client.post(url, data).status_code == 302  # a draft needs no description
    response = client.post(url, {**data, "action-submit": "1"})
    assert response.status_code == 200
    assert "Write a short description for search engines" in response.content.decode()
