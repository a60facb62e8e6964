"""A resource page and the library: what a reader sees of one resource, its files and
its place in the library, search, the sitemap and the feed."""

import datetime

import pytest
from wagtail.models import Locale

from pages.resources.models import LibraryEntry, ResourcePage
from tests.conftest import translate
from tests.pages import content
from tests.pages.resources import library as build

pytestmark = pytest.mark.django_db


@pytest.fixture
def lib(home):
    return build.library(home)


def test_a_published_resource_is_listed_with_its_type_date_and_languages(client, lib):
    page = build.resource(
        lib,
        "Duty of defense counsel",
        audiences=("defense",),
        topics=[content.topic("Drug offenses")],
        languages=("en", "es"),
        date=datetime.date(2025, 3, 4),
    )
    response = client.get(lib.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert f'href="{page.url}"' in html
    assert "Practice advisory" in html and "4 March 2025" in html
    assert "Files: English, Spanish" in html
    assert "1 resource" in html
    entry = LibraryEntry.objects.get(page=page)
    assert sorted(entry.facets.values_list("name", "value")) == [
        ("audience", "defense"),
        ("language", "en"),
        ("language", "es"),
        ("topic", "drug-offenses"),
        ("type", "practice_advisory"),
    ]


def test_resource_page_shows_files_with_type_size_and_language(client, lib):
    page = build.resource(lib, "Know your rights at home", languages=("en", "ht"))
    html = client.get(page.url).content.decode()
    assert 'hreflang="en"' in html and 'hreflang="ht"' in html
    assert "Download in English" in html and "Download in Haitian Creole" in html
    assert "(PDF, " in html and "bytes" in html
    assert "Written for: Community members" in html


def test_spanish_page_says_a_file_is_in_english(client, lib, home):
    spanish = Locale.objects.get_or_create(language_code="es")[0]
    home_es = translate(home, spanish)
    lib_es = translate(lib, spanish)
    page = build.resource(lib, "Detainers FAQ", resource_type="faq", languages=("en",))
    page_es = translate(page, spanish, title="Preguntas sobre detainers")
    assert home_es and lib_es
    html = client.get(page_es.url).content.decode()
    assert 'hreflang="en"' in html
    assert "en inglés" in html


def test_unpublishing_removes_the_resource_from_the_library(client, lib):
    page = build.resource(lib, "Old toolkit", resource_type="toolkit")
    assert LibraryEntry.objects.filter(page=page).exists()
    page.unpublish()
    assert not LibraryEntry.objects.filter(page=page).exists()
    assert "Old toolkit" not in client.get(lib.url).content.decode()


def test_reports_appear_in_the_library(client, home, lib):
    reports = content.report_index(home)
    content.report(reports, "Deportation by numbers", datetime.date(2024, 5, 1))
    html = client.get(lib.url, {"type": "report"}).content.decode()
    assert "Deportation by numbers" in html
    assert "1 resource" in html


def test_search_sitemap_and_feed_list_resources(client, lib, settings):
    page = build.resource(lib, "Raids toolkit", resource_type="toolkit")
    found = client.get("/en/search/", {"q": "raids", "type": "resource"})
    assert [r["page"].title for r in found.context["results"]] == ["Raids toolkit"]
    sitemap = client.get("/sitemap-en-resources-resourcepage.xml")
    assert sitemap.status_code == 200
    assert page.full_url in sitemap.content.decode()
    feed = client.get("/en/feeds/library/")
    assert feed.status_code == 200
    assert "Raids toolkit" in feed.content.decode()
    assert '<category term="Toolkit"' in feed.content.decode()


def test_tree_rules(lib):
    assert ResourcePage.parent_page_types == ["resources.LibraryIndexPage"]
    assert ResourcePage.subpage_types == []
