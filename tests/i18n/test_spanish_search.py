"""Spanish readers find the pages by the words they use: the glossary's terms, and
their synonyms ("antecedentes penales" for a page that speaks of a "condena")."""

import re

import pytest
from wagtail.models import Locale, Site

from pages import search_index, search_synonyms
from pages.models import StandardPage
from tests.conftest import add_page

pytestmark = pytest.mark.django_db


def _results(client, query, host=None):
    kwargs = {"HTTP_HOST": host} if host else {}
    response = client.get("/es/search/", {"q": query}, **kwargs)
    assert response.status_code == 200
    return response, [r["page"].url for r in response.context["results"]]


def test_searching_antecedentes_penales_on_es_finds_the_pages(client, demo_content):
    host = Site.objects.get(is_default_site=True).hostname
    response, urls = _results(client, "antecedentes penales", host)
    html = response.content.decode()
    assert len(urls) >= 3
    assert all(url.startswith("/es/") for url in urls)
    # "Quiénes somos" says it in those words; the 364-day campaign speaks of a "condena".
    assert "/es/quienes-somos/" in urls
    assert "/es/campanas/un-dia/" in urls
    assert re.search(r"\d+ resultados? para «antecedentes penales»", html)


def test_a_synonym_finds_a_page_that_never_says_the_words(client, home, spanish):
    """Stemmed by PostgreSQL's Spanish configuration ("condenas" finds "condena") and
    widened by the synonyms of pages/search_synonyms.py."""
    es_home = home.copy_for_translation(spanish)
    es_home.save_revision().publish()
    page = add_page(
        es_home,
        StandardPage(
            title="Después de una condena",
            slug="despues",
            intro="Qué puede pasar con su caso de inmigración después de una condena.",
            search_description="x",
        ),
    )
    assert page.locale == spanish
    _response, urls = _results(client, "antecedentes penales")
    assert urls == [page.url]
    _response, urls = _results(client, "récord criminal")
    assert urls == [page.url]
    # Without the synonyms, nothing on the site says "antecedentes".
    assert search_index.matching_page_ids("antecedentes penales", spanish, expand=False) == []


def test_synonyms_widen_a_query_only_in_their_language():
    es = Locale(language_code="es")
    en = Locale(language_code="en")
    assert "condena" in search_synonyms.alternatives("Antecedentes Penales", es)
    assert search_synonyms.alternatives("antecedentes penales", en) == []
    assert search_synonyms.alternatives("marihuana", es) == []
