"""The alerts' costs and feeds: the archive, an alert and a page showing the banner
render in a fixed number of queries with ten times more alerts, within the site's
budget; the banner costs no query once kept (one on the first render after a
change); each language has its own valid Atom feed."""

import xml.etree.ElementTree as ET

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from pages.models import StandardPage
from tests.budgets import QUERY_BUDGET
from tests.conftest import add_page, translate
from tests.pages.alerts.content import add_alert, add_archive

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


def _count(client, url):
    client.get(url)  # warm per-process caches
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200
    return list(ctx.captured_queries)  # the next request empties the connection's log


def _add(archive, start, number):
    for i in range(start, start + number):
        add_alert(archive, title=f"Notice {i}", starts=-i - 1, expires=(30 if i % 2 else -i / 2))


def test_alert_pages_render_in_a_fixed_number_of_queries(client, home, site_settings):
    archive = add_archive(home)
    add_page(home, StandardPage(title="About us", slug="about", search_description="x"))
    _add(archive, 0, 2)
    first = archive.get_children().live().first().specific
    urls = ["/en/alerts/", first.url, "/en/about/", "/en/feeds/alerts/"]
    small = {url: len(_count(client, url)) for url in urls}
    _add(archive, 2, 18)
    large = {url: len(_count(client, url)) for url in urls}
    assert large == small
    for url, count in large.items():
        assert count <= QUERY_BUDGET, (url, count)


def test_the_banner_costs_no_query_once_kept(client, home, site_settings):
    archive = add_archive(home)
    add_page(home, StandardPage(title="About us", slug="about", search_description="x"))
    without = _count(client, "/en/about/")
    _add(archive, 0, 3)
    with_banner = _count(client, "/en/about/")
    assert "alert-banner" in client.get("/en/about/").content.decode()
    assert len(with_banner) == len(without), [q["sql"] for q in with_banner]
    for queries in (without, with_banner):
        assert not [q for q in queries if "alerts_alertpage" in q["sql"]]


def test_each_language_has_a_valid_atom_feed(client, home, site_settings, spanish):
    archive = add_archive(home)
    current = add_alert(archive, title="Current notice")
    add_alert(archive, title="Past notice", starts=-60, expires=-30)
    translate(home, spanish, slug="inicio")
    translate(archive, spanish, title="Alertas", slug="alertas")
    translate(current, spanish, title="Aviso vigente", slug="aviso-vigente")
    feeds = {}
    for lang in ("en", "es"):
        response = client.get(f"/{lang}/feeds/alerts/")
        assert response.status_code == 200
        assert response["Content-Type"].startswith("application/atom+xml")
        feed = ET.fromstring(response.content)  # noqa: S314 (our own feed)
        assert feed.tag == f"{ATOM}feed"
        assert feed.find(f"{ATOM}author/{ATOM}name").text == "Immigrant Defense Project"
        for required in ("id", "title", "updated"):
            assert feed.find(f"{ATOM}{required}") is not None
        entries = feed.findall(f"{ATOM}entry")
        for entry in entries:
            for required in ("id", "title", "updated", "link"):
                assert entry.find(f"{ATOM}{required}") is not None
        feeds[lang] = [entry.find(f"{ATOM}title").text for entry in entries]
    assert feeds["en"] == ["Current notice", "Past notice"]
    assert feeds["es"] == ["Aviso vigente"]
