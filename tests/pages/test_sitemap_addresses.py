"""Sitemap entries built from page rows (pages/sitemap_pages.py) and written without a
template (pages/sitemap_xml.py) say exactly what Wagtail's own `get_sitemap_urls` and
`get_full_url`, and Django's sitemap template, say: addresses in both languages, dates,
alternates, non-ASCII slugs, a nested site root; private pages, aliases and drafts
left out; a page type with its own `get_sitemap_urls` asked as a page."""

import datetime

import pytest
from django.contrib.contenttypes.models import ContentType
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.utils import timezone
from wagtail.models import PageViewRestriction, Site

from pages import sitemap, sitemap_pages, sitemap_xml
from pages.models import ReportPage, StandardPage
from tests.conftest import add_page, translate
from tests.pages import content

pytestmark = pytest.mark.django_db


@pytest.fixture
def tree(home, spanish):
    """English and Spanish pages, with a private page, an alias and a draft."""
    es_home = translate(home, spanish, title="Inicio")
    about = add_page(home, StandardPage(title="About", slug="about", search_description="x"))
    translate(about, spanish, title="Quiénes somos", slug="quiénes-somos")
    add_page(home, StandardPage(title="Only", slug="only-english", search_description="x"))
    private = add_page(home, StandardPage(title="Staff", slug="staff", search_description="x"))
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    add_page(home, StandardPage(title="Draft", slug="draft", live=False), publish=False)
    about.create_alias(parent=private, update_slug="about-alias")
    about.create_alias(parent=home, update_slug="about-copy")
    reports = content.report_index(home)
    for n in range(3):
        content.report(reports, f"Report {n}", datetime.date(2020, 1, 1), slug=f"report-{n}")
    return {"home": home, "es_home": es_home, "reports": reports}


def _request():
    return RequestFactory().get("/sitemap.xml", HTTP_HOST="testserver")


def _from_wagtail(request, section):
    """The section's entries as Wagtail gives them: every live public page of its type
    in its language, asked for its own `get_sitemap_urls`."""
    language, app, name = section.name.split("-")
    model = next(m for m in sitemap.get_page_models() if m._meta.model_name == name)
    home = next(h for h in sitemap.homes(request) if h.locale.language_code == language)
    pages = sitemap._pages_under(home, model).filter(
        content_type=ContentType.objects.get_for_model(model)
    )
    return sitemap.page_urls(request, list(pages.order_by("pk")))


def _entries(request):
    return {s.name: s.urls(request, 0, 1000) for s in sitemap.page_sections(request)}


def test_rows_give_the_addresses_dates_and_alternates_wagtail_gives(tree):
    request = _request()
    built = _entries(request)
    assert set(built) >= {"en-pages-standardpage", "es-pages-standardpage"}
    for section in sitemap.page_sections(request):
        assert built[section.name] == _from_wagtail(_request(), section), section.name
    english = {entry["location"]: entry for entry in built["en-pages-standardpage"]}
    assert set(english) == {"http://testserver/en/about/", "http://testserver/en/only-english/"}
    about = english["http://testserver/en/about/"]
    assert about["alternates"] == [
        {"lang_code": "en", "location": "http://testserver/en/about/"},
        {"lang_code": "es", "location": "http://testserver/es/qui%C3%A9nes-somos/"},
        {"lang_code": "x-default", "location": "http://testserver/en/about/"},
    ]
    assert about["lastmod"] == StandardPage.objects.get(slug="about").last_published_at
    assert english["http://testserver/en/only-english/"]["alternates"] == []


def test_a_nested_site_root_gives_the_same_addresses_as_wagtail(tree):
    Site.objects.create(hostname="reports.example", port=80, root_page=tree["reports"])
    request = _request()
    section = next(s for s in sitemap.page_sections(request) if s.name == "en-pages-reportpage")
    built = section.urls(request, 0, 1000)
    assert built == _from_wagtail(_request(), section)
    assert "http://testserver/en/reports/report-0/" in [entry["location"] for entry in built]


def test_a_type_with_its_own_sitemap_entries_is_asked_as_a_page(tree, monkeypatch, client):
    def own(page, request=None):
        return [{"location": page.get_full_url(request), "changefreq": "weekly"}]

    monkeypatch.setattr(ReportPage, "get_sitemap_urls", own, raising=False)
    assert not sitemap_pages.from_rows(ReportPage)
    assert sitemap_pages.from_rows(StandardPage)
    xml = client.get("/sitemap-en-pages-reportpage.xml?p=1").content.decode()
    assert "<changefreq>weekly</changefreq>" in xml
    assert xml.count("<url>") == 3


def test_the_xml_is_what_the_sitemap_template_renders(tree):
    request = _request()
    entries = [entry for urls in _entries(request).values() for entry in urls]
    entries += [
        {
            "location": "http://testserver/en/a&b'c\"<d>/",
            "lastmod": datetime.date(2021, 3, 4),
            "changefreq": "daily",
            "priority": 0.5,
            "alternates": [{"lang_code": "es", "location": "http://testserver/es/a&b/"}],
        },
        {"location": "http://testserver/en/x/", "lastmod": timezone.now(), "alternates": []},
        {"location": "http://testserver/en/y/", "lastmod": None},
    ]
    assert sitemap_xml.urlset(entries) == render_to_string("sitemap.xml", {"urlset": entries})
    assert sitemap_xml.urlset([]) == render_to_string("sitemap.xml", {"urlset": []})


def test_the_index_is_what_the_sitemap_index_template_renders():
    for locations in ([], ["https://x.org/sitemap-en-a.xml?p=1", "https://x.org/a.xml?p=2&q=<"]):
        expected = render_to_string(
            "sitemap_index.xml", {"sitemaps": [{"location": loc} for loc in locations]}
        )
        assert sitemap_xml.sitemapindex(locations) == expected
