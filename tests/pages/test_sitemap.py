"""The sitemap index and its sections: per language and type, paged, bills included,
each kept (with cached fragments on) until its own section changes, built afresh with
them off, and served uncached when the cache fails."""

import datetime
import re

import pytest
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext

from pages import sitemap, sitemap_xml
from pages.models import StandardPage
from tests.conftest import add_page
from tests.pages import content

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_cache():
    caches["default"].clear()
    yield
    caches["default"].clear()


def _locs(xml):
    return re.findall(r"<loc>([^<]+)</loc>", xml)


def _all_urls(client):
    urls = []
    for location in _locs(client.get("/sitemap.xml").content.decode()):
        response = client.get(location.replace("http://testserver", ""))
        assert response.status_code == 200
        assert response["Content-Type"].startswith("application/xml")
        urls += _locs(response.content.decode())
    return urls


def test_sitemap_lists_live_pages_not_drafts(client, home):
    add_page(home, StandardPage(title="Live", slug="live-page", search_description="x"))
    add_page(home, StandardPage(title="Draft", slug="draft-page", live=False), publish=False)
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert "<sitemapindex" in response.content.decode()
    urls = _all_urls(client)
    assert "http://testserver/en/live-page/" in urls
    assert "http://testserver/en/" in urls
    assert not [u for u in urls if "draft-page" in u]


def test_index_has_a_section_per_language_and_type(client, home):
    reports = content.report_index(home)
    content.report(reports, "A report", datetime.date(2020, 1, 1))
    index = client.get("/sitemap.xml").content.decode()
    locations = _locs(index)
    assert "http://testserver/sitemap-en-pages-reportpage.xml?p=1" in locations
    assert "http://testserver/sitemap-en-pages-homepage.xml?p=1" in locations
    # No section for a type without pages.
    assert not [loc for loc in locations if "storypage" in loc]


def test_sections_are_paged(client, home, monkeypatch):
    monkeypatch.setattr(sitemap, "URLS_PER_SITEMAP_PAGE", 2)
    for i in range(5):
        add_page(home, StandardPage(title=f"P{i}", slug=f"p{i}", search_description="x"))
    locations = _locs(client.get("/sitemap.xml").content.decode())
    standard = [loc for loc in locations if "standardpage" in loc]
    assert [loc.rsplit("=", 1)[1] for loc in standard] == ["1", "2", "3"]
    urls = _all_urls(client)
    assert sorted(u for u in urls if "/en/p" in u) == [
        f"http://testserver/en/p{i}/" for i in range(5)
    ]
    assert client.get("/sitemap-en-pages-standardpage.xml?p=9").status_code == 404
    assert client.get("/sitemap-en-pages-standardpage.xml?p=x").status_code == 404
    assert client.get("/sitemap-xx-nothing.xml").status_code == 404


def _count_builds(monkeypatch):
    builds = []
    real = sitemap_xml.urlset
    monkeypatch.setattr(sitemap_xml, "urlset", lambda urls: builds.append(1) or real(urls))
    return builds


def test_a_section_is_kept_whole_until_the_next_publish(client, home, monkeypatch, settings):
    settings.PAGE_CACHE_ENABLED = True
    builds = _count_builds(monkeypatch)
    reports = content.report_index(home)
    content.report(reports, "First", datetime.date(2020, 1, 1), slug="first")
    url = "/sitemap-en-pages-reportpage.xml?p=1"
    client.get(url)
    assert "/reports/first/" in client.get(url).content.decode()
    assert len(builds) == 1
    # A report only saved as a draft: the section stays cached.
    reports.get_children().first().specific.save_revision()
    client.get(url)
    assert len(builds) == 1
    # A report is published: the section is built again and shows it.
    content.report(reports, "Second", datetime.date(2021, 1, 1), slug="second")
    assert "/reports/second/" in client.get(url).content.decode()
    assert len(builds) == 2


def test_with_the_page_cache_off_every_section_is_built_afresh(client, home, monkeypatch):
    """PAGE_CACHE=off (the benchmark's full render, the test settings) keeps no section:
    every request renders it."""
    builds = _count_builds(monkeypatch)
    add_page(home, StandardPage(title="About", slug="about", search_description="x"))
    url = "/sitemap-en-pages-standardpage.xml?p=1"
    for _ in range(2):
        assert "/en/about/" in client.get(url).content.decode()
    assert len(builds) == 2


def test_unpublishing_drops_the_page_from_its_section(client, home):
    page = add_page(home, StandardPage(title="Gone", slug="gone", search_description="x"))
    assert "http://testserver/en/gone/" in _all_urls(client)
    page.unpublish()
    assert "http://testserver/en/gone/" not in _all_urls(client)


def test_a_cache_failure_serves_the_sitemap_uncached(client, home, monkeypatch):
    add_page(home, StandardPage(title="Live", slug="live-page", search_description="x"))

    class Down:
        """What the fail-soft Redis backend answers while Redis is down or hung."""

        def get(self, *args, **kwargs):
            return None

        def get_many(self, *args, **kwargs):
            return {}

        def set(self, *args, **kwargs):
            return False

        add = set

        def available(self):
            return False

    monkeypatch.setattr("idp_site.caching.version.pages_cache", lambda: Down())
    assert "http://testserver/en/live-page/" in _all_urls(client)


def test_section_query_count_does_not_grow(client, home):
    def count():
        client.get("/sitemap-en-pages-standardpage.xml?p=1")
        caches["default"].clear()
        with CaptureQueriesContext(connection) as ctx:
            client.get("/sitemap-en-pages-standardpage.xml?p=1")
        return len(ctx)

    def add(n0, n1):
        for i in range(n0, n1):
            add_page(home, StandardPage(title=f"P{i}", slug=f"p{i}", search_description="x"))

    add(0, 2)
    small = count()
    add(2, 20)
    assert count() == small


def test_a_kept_section_page_costs_no_query(client, home, settings):
    """A section page the page cache holds is served without reading the homes, the
    campaign indexes or any page."""
    settings.PAGE_CACHE_ENABLED = True
    page = add_page(home, StandardPage(title="About", slug="about", search_description="x"))
    url = "/sitemap-en-pages-standardpage.xml?p=1"
    client.get(url)
    with CaptureQueriesContext(connection) as ctx:
        body = client.get(url).content.decode()
    assert "/en/about/" in body
    assert len(ctx) <= 1, [q["sql"] for q in ctx]  # at most the version row, once a second
    page.unpublish()  # replaces the content version: the homes are read again
    assert "/en/about/" not in client.get(url).content.decode()


def test_a_deep_section_page_reads_its_own_rows_only(client, home, monkeypatch):
    """Page N starts at its first page's id, kept with the section: no OFFSET, so its
    cost does not grow with N; and a page added in between moves the later pages."""
    monkeypatch.setattr(sitemap, "URLS_PER_SITEMAP_PAGE", 2)
    for i in range(6):
        add_page(home, StandardPage(title=f"P{i}", slug=f"p{i}", search_description="x"))
    url = "/sitemap-en-pages-standardpage.xml?p=3"
    client.get(url)
    with CaptureQueriesContext(connection) as ctx:
        body = client.get(url).content.decode()
    assert re.findall(r"/en/(p\d)/", body) == ["p4", "p5"]
    assert not [q["sql"] for q in ctx if "OFFSET" in q["sql"].upper()]
    first = StandardPage.objects.get(slug="p0")
    first.unpublish()  # every later page moves up by one
    assert re.findall(r"/en/(p\d)/", client.get(url).content.decode()) == ["p5"]
