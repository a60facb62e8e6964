"""Reading the site in English and Spanish: the switcher, the fallback for pages not
translated yet, hreflang alternates, the sitemap, search and right-to-left locales."""

import re

import pytest
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from pages.models import StandardPage
from tests.budgets import QUERY_BUDGET
from tests.conftest import add_page, translate

pytestmark = pytest.mark.django_db

NOTICE = "Esta página todavía no está en español, así que se la mostramos en inglés."


@pytest.fixture
def es_home(home, spanish):
    return translate(home, spanish, title="Proyecto de Defensa del Inmigrante")


@pytest.fixture
def about(home):
    return add_page(
        home,
        StandardPage(title="About us", slug="about", search_description="x", intro="Who we are"),
    )


@pytest.fixture
def es_about(about, es_home, spanish):
    return translate(
        about, spanish, title="Quiénes somos", slug="quienes-somos", intro="Quiénes somos"
    )


def _switcher(html):
    start = html.index('class="language-switcher"')
    return html[start : html.index("</nav>", start)]


def test_switcher_links_the_equivalent_page_both_ways(client, about, es_about):
    english = client.get("/en/about/").content.decode()
    assert '<a href="/es/quienes-somos/" lang="es" hreflang="es">Español</a>' in _switcher(english)
    assert '<span aria-current="true" lang="en">English</span>' in _switcher(english)

    spanish = client.get("/es/quienes-somos/")
    assert spanish.status_code == 200
    html = spanish.content.decode()
    assert '<html lang="es"' in html
    assert '<a href="/en/about/" lang="en" hreflang="en">English</a>' in _switcher(html)
    assert NOTICE not in html


def test_switcher_on_home_pages(client, home, es_home):
    assert 'href="/es/" lang="es" hreflang="es"' in client.get("/en/").content.decode()
    html = client.get("/es/").content.decode()
    assert 'href="/en/" lang="en" hreflang="en"' in html
    assert "Proyecto de Defensa del Inmigrante" in html


def test_untranslated_page_falls_back_to_english_with_a_notice(client, home, es_home, about):
    english = client.get("/en/about/").content.decode()
    assert 'href="/es/about/" lang="es" hreflang="es"' in _switcher(english)

    response = client.get("/es/about/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="es"' in html
    # The page's own text is marked English; the interface around it, notice
    # included, keeps the reader's language (no lang="en" on <main>).
    assert '<main id="main" tabindex="-1">' in html
    assert NOTICE in html
    assert (
        'llame a nuestra línea de ayuda al <a class="tel" href="tel:+12127256422" '
        "data-hotline>(212) 725-6422</a>" in html
    )
    assert 'lang="en"' not in html[html.index('<main id="main"') : html.index(NOTICE)]
    assert '<h1 lang="en">About us</h1>' in html
    assert '<p class="lead" lang="en">Who we are' in html  # the English content
    assert "Saltar al contenido principal" in html  # the interface stays Spanish
    assert '<link rel="canonical" href="http://testserver/en/about/">' in html
    assert 'hreflang="es"' not in html[: html.index("</head>")]  # no Spanish alternate
    assert 'href="/en/about/" lang="en" hreflang="en"' in _switcher(html)


def test_fallback_still_404s_where_no_language_has_a_page(client, home, es_home):
    response = client.get("/es/no-existe/")
    assert response.status_code == 404
    assert "No encontramos esa página" in response.content.decode()


def test_translated_page_shows_no_notice_and_english_none(client, about, es_about):
    assert NOTICE not in client.get("/es/quienes-somos/").content.decode()
    html = client.get("/en/about/").content.decode()
    assert "not translated" not in html
    assert '<main id="main" tabindex="-1">' in html


def test_alias_of_an_english_page_counts_as_untranslated(client, about, es_home, spanish):
    about.copy_for_translation(spanish, alias=True)
    html = client.get("/es/about/").content.decode()
    assert NOTICE in html
    assert '<h1 lang="en">About us</h1>' in html


def test_switcher_on_search_and_404_keeps_the_path(client, home):
    html = client.get("/en/search/?q=bail").content.decode()
    assert 'href="/es/search/?q=bail" lang="es" hreflang="es"' in html
    html = client.get("/es/search/?q=fianza").content.decode()
    assert 'href="/en/search/?q=fianza" lang="en" hreflang="en"' in html
    response = client.get("/en/missing-page/")
    assert response.status_code == 404
    assert 'href="/es/missing-page/" lang="es" hreflang="es"' in response.content.decode()


def test_hreflang_alternates_in_head(client, about, es_about):
    for url in ("/en/about/", "/es/quienes-somos/"):
        head = client.get(url).content.decode().split("</head>")[0]
        assert '<link rel="alternate" hreflang="en" href="http://testserver/en/about/">' in head
        assert (
            '<link rel="alternate" hreflang="es" href="http://testserver/es/quienes-somos/">'
            in head
        )
        assert (
            '<link rel="alternate" hreflang="x-default" href="http://testserver/en/about/">' in head
        )


def _whole_sitemap(client):
    """The index and every section it lists, as one text."""
    index = client.get("/sitemap.xml")
    assert index.status_code == 200
    locations = re.findall(r"<loc>([^<]+)</loc>", index.content.decode())
    return "".join(
        client.get(loc.replace("http://testserver", "")).content.decode() for loc in locations
    )


def test_sitemap_lists_both_languages_with_alternates(client, about, es_about):
    add_page(about.get_parent(), StandardPage(title="Only", slug="only", search_description="x"))
    xml = _whole_sitemap(client)
    assert "<loc>http://testserver/en/about/</loc>" in xml
    assert "<loc>http://testserver/es/quienes-somos/</loc>" in xml
    assert "<loc>http://testserver/es/</loc>" in xml
    assert (
        '<xhtml:link rel="alternate" hreflang="es" href="http://testserver/es/quienes-somos/"/>'
        in xml
    )
    assert (
        '<xhtml:link rel="alternate" hreflang="x-default" href="http://testserver/en/about/"/>'
        in xml
    )
    assert "<loc>http://testserver/en/only/</loc>" in xml
    assert "/es/only/" not in xml  # fallbacks are not pages of their own


def test_sitemap_query_count_does_not_grow(client, home, es_home, spanish):
    def count():
        client.get("/sitemap-es-pages-standardpage.xml?p=1")
        caches["default"].clear()  # the section as it is first built
        with CaptureQueriesContext(connection) as ctx:
            client.get("/sitemap-es-pages-standardpage.xml?p=1")
        return len(ctx)

    def add(n0, n1):
        for i in range(n0, n1):
            page = add_page(home, StandardPage(title=f"P{i}", slug=f"p{i}", search_description="x"))
            translate(page, spanish, title=f"E{i}")

    add(0, 2)
    small = count()
    add(2, 20)
    assert count() == small


def test_search_is_limited_to_the_readers_language(client, about, es_about):
    add_page(
        es_about.get_parent(),
        StandardPage(
            title="Fianza de inmigración",
            slug="fianza",
            intro="Cómo pagar una fianza",
            search_description="x",
            locale=es_about.locale,
        ),
    )
    add_page(
        about.get_parent(),
        StandardPage(
            title="Immigration bond", slug="bond", intro="Paying a bond", search_description="x"
        ),
    )
    es = client.get("/es/search/?q=fianza").content.decode()
    assert "Fianza de inmigración" in es
    assert "Immigration bond" not in es
    assert "Fianza de inmigración" not in client.get("/en/search/?q=fianza").content.decode()

    en = client.get("/en/search/?q=bond").content.decode()
    assert "Immigration bond" in en
    assert "Immigration bond" not in client.get("/es/search/?q=bond").content.decode()


@pytest.mark.parametrize(
    "urls",
    [("/en/about/", "/es/quienes-somos/"), ("/es/about-fallback/",)],
    ids=["translated", "fallback"],
)
def test_language_features_keep_a_constant_query_budget(client, about, es_about, spanish, urls):
    fallback = add_page(
        about.get_parent(),
        StandardPage(title="Fallback", slug="about-fallback", search_description="x"),
    )
    assert fallback.live

    def count(url):
        client.get(url)
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(url).status_code == 200
        return len(ctx)

    small = {url: count(url) for url in urls}
    for i in range(30):
        page = add_page(about, StandardPage(title=f"C{i}", slug=f"c{i}", search_description="x"))
        if i % 2:
            translate(page, spanish, title=f"H{i}")
    assert {url: count(url) for url in urls} == small
    assert max(small.values()) <= QUERY_BUDGET


@pytest.fixture
def arabic(settings, db):
    languages = [("en", "English"), ("es", "Español"), ("ar", "العربية")]
    settings.LANGUAGES = languages
    settings.WAGTAIL_CONTENT_LANGUAGES = languages
    return Locale.objects.create(language_code="ar")


def test_an_added_right_to_left_locale_renders_rtl(client, home, arabic):
    translate(home, arabic, title="مشروع الدفاع عن المهاجرين")
    response = client.get("/ar/")
    assert response.status_code == 200
    html = response.content.decode()
    assert re.search(r'<html lang="ar" dir="rtl">', html)
    assert 'hreflang="ar"' in html
    assert '<html lang="en" dir="ltr">' in client.get("/en/").content.decode()
