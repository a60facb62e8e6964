"""Statements (NewsArticle JSON-LD, keyset paging, an Atom feed), the press room and the
donate page, as readers, journalists and search engines see them."""

import json
import re
import xml.etree.ElementTree as ET

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.test.utils import WagtailPageTestCase

from pages.alerts.models import (
    DonatePage,
    DonationSettings,
    PressRoomPage,
    StatementIndexPage,
    StatementPage,
)
from pages.models import HomePage, ReportIndexPage, ReportPage
from tests.budgets import QUERY_BUDGET
from tests.conftest import add_page

from .conftest import make_statement

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


def json_ld(html):
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return [json.loads(block) for block in blocks]


def test_tree_rules():
    case = WagtailPageTestCase()
    case.assertAllowedParentPageTypes(StatementIndexPage, {HomePage})
    case.assertAllowedSubpageTypes(StatementIndexPage, {StatementPage})
    case.assertAllowedParentPageTypes(StatementPage, {StatementIndexPage})
    case.assertAllowedSubpageTypes(StatementPage, {})
    for model in (PressRoomPage, DonatePage):
        case.assertAllowedParentPageTypes(model, {HomePage})
        case.assertAllowedSubpageTypes(model, {})


def test_statement_shows_date_dateline_contact_and_news_article(client, statement_index):
    make_statement(statement_index, 1, contact_phone="(212) 555-0142")
    response = client.get("/en/statements/statement-1/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<time datetime="2021-01-02">2 January 2021</time>' in html
    assert "NEW YORK</span> — Summary of statement 1." in html
    assert "Media contact" in html and "mailto:press@example.org" in html
    assert "(212) 555-0142" in html
    article = next(d for d in json_ld(html) if d.get("@type") == "NewsArticle")
    assert article["headline"] == "Statement 1"
    assert article["datePublished"] == "2021-01-02"
    assert article["dateline"] == "NEW YORK"
    assert article["publisher"]["@type"] == "Organization"
    assert article["url"] == "http://testserver/en/statements/statement-1/"


def test_index_pages_newest_first_with_keyset_links(client, statement_index):
    for n in range(12):
        make_statement(statement_index, n)
    html = client.get("/en/statements/").content.decode()
    titles = re.findall(r'<h2 class="card__title"><a href="[^"]+">([^<]+)</a>', html)
    assert titles == [f"Statement {n}" for n in range(11, 1, -1)]
    assert "Page 1 of 2" in html
    next_link = re.search(r'href="\?([^"]+)" rel="next"', html).group(1).replace("&amp;", "&")
    assert "after=" in next_link
    page2 = client.get(f"/en/statements/?{next_link}").content.decode()
    titles2 = re.findall(r'<h2 class="card__title"><a href="[^"]+">([^<]+)</a>', page2)
    assert titles2 == ["Statement 1", "Statement 0"]
    assert 'type="application/atom+xml"' in html and 'href="/en/statements/feed/"' in html


def test_feed_is_valid_atom_newest_first(client, statement_index):
    for n in range(3):
        make_statement(statement_index, n)
    response = client.get("/en/statements/feed/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ET.fromstring(response.content)  # noqa: S314 - our own feed, in a test
    assert root.tag == f"{ATOM}feed"
    assert root.find(f"{ATOM}author/{ATOM}name").text == "Immigrant Defense Project"
    assert root.find(f"{ATOM}id").text and root.find(f"{ATOM}updated").text
    entries = root.findall(f"{ATOM}entry")
    assert [e.find(f"{ATOM}title").text for e in entries] == [
        "Statement 2",
        "Statement 1",
        "Statement 0",
    ]
    for entry in entries:
        assert entry.find(f"{ATOM}id").text.startswith("http://testserver/en/statements/")
        assert entry.find(f"{ATOM}updated").text
        assert entry.find(f"{ATOM}published").text.startswith("2021-01-0")
        assert entry.find(f"{ATOM}link").get("href")


def test_press_room_lists_contacts_logos_latest_statements_and_reports(
    client, press_room, statement_index, home
):
    for n in range(4):
        make_statement(statement_index, n)
    reports = add_page(
        home, ReportIndexPage(title="Reports", slug="reports", search_description="x")
    )
    add_page(
        reports,
        ReportPage(
            title="The Courthouse Trap",
            slug="courthouse-trap",
            publication_date="2019-01-28",
            summary="Courthouse arrests in New York.",
            search_description="Courthouse arrests in New York.",
        ),
    )
    html = client.get("/en/press-room/").content.decode()
    assert "Press office" in html and "mailto:press@example.org" in html
    assert "IDP works where criminal and immigration law meet." in html
    assert "Statement 3" in html and "Statement 1" in html and "Statement 0" not in html
    assert "The Courthouse Trap" in html
    assert "data-hotline" in html  # readers who need legal help are sent to the hotline


def test_donate_page_from_settings(client, donate_page, site):
    settings_row = DonationSettings.for_site(site)
    html = client.get("/en/give/").content.decode()
    # Nothing configured: no link, no invented address, a way to ask instead.
    assert "Online giving is not available at the moment." in html
    assert "To give by check, ask us for our mailing address" in html
    assert "donate__address" not in html
    settings_row.donation_url = "https://give.example.org/idp"
    settings_row.processor_name = "Example Pay"
    settings_row.check_payable_to = "Immigrant Defense Project"
    settings_row.check_mailing_address = "PO Box 1\nNew York, NY 10000"
    settings_row.tax_statement = "Gifts are tax-deductible as the law allows."
    settings_row.save()
    html = client.get("/en/give/").content.decode()
    assert 'href="https://give.example.org/idp"' in html
    assert "Online gifts are processed by Example Pay" in html
    assert "PO Box 1<br>New York, NY 10000</address>" in html
    assert "Gifts are tax-deductible as the law allows." in html
    assert "This page has no payment form" in html
    assert "<script src" not in html.replace('<script src="/static/', "")


def _count(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx)


def test_query_budgets_do_not_grow(client, statement_index, press_room, settings, home):
    settings.PAGE_CACHE_ENABLED = False
    for n in range(3):
        make_statement(statement_index, n)
    urls = [
        "/en/statements/",
        "/en/statements/statement-0/",
        "/en/press-room/",
        "/en/statements/feed/",
    ]
    small = [_count(client, url) for url in urls]
    for n in range(3, 30):
        make_statement(statement_index, n)
    large = [_count(client, url) for url in urls]
    assert large == small
    assert max(large) <= QUERY_BUDGET


def test_donate_page_query_budget(client, donate_page, settings, site):
    settings.PAGE_CACHE_ENABLED = False
    # A real site has its row (the demo or the first save in the admin writes it).
    DonationSettings.for_site(site)
    assert _count(client, "/en/give/") <= QUERY_BUDGET
