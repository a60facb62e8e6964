"""The cards page, its print sheet and the chart (empty, listed, searched, with nothing
found) are valid HTML for the W3C Nu checker, in English and Spanish."""

import pytest

from pages.models import StandardPage
from tests.conftest import add_page, translate
from tests.pages.resources.card_content import cards_page
from tests.pages.resources.chart_rows import chart_page, invented_entries
from tests.pages.test_html_validity import JAVA, VNU, _vnu_errors

pytestmark = pytest.mark.django_db


def _pages(client, home, spanish):
    cards_en, cards_es = cards_page(home, spanish, count=2)
    chart = chart_page(home)
    chart_es = translate(chart, spanish, title="Tabla de referencia rápida", slug="tabla")
    urls = [cards_en.url, cards_en.url + "print/", cards_es.url, cards_es.url + "print/"]
    pages = [(url, client.get(url).content.decode()) for url in (chart.url, chart_es.url)]
    invented_entries(30)
    urls += [chart.url, chart.url + "?q=220.03", chart.url + "?q=widget&page=2"]
    urls += [chart.url + "?q=nothingmatches", chart_es.url, chart_es.url + "?q=PL+220.03"]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        pages.append((url, response.content.decode()))
    return pages


def test_cards_and_chart_pages_are_valid_html(client, home, spanish, site_settings, tmp_path):
    if not JAVA or VNU is None or not VNU.exists():
        pytest.skip("the Nu HTML checker needs java and vnu.jar")
    site_settings.attorney_page = add_page(home, StandardPage(title="Attorneys", slug="att"))
    site_settings.save()
    pages = _pages(client, home, spanish)
    names = {}
    for number, (name, html) in enumerate(pages):
        path = tmp_path / f"page-{number:02d}.html"
        path.write_text(html, encoding="utf-8")
        names[path.name] = name
    sentinel = tmp_path / "sentinel.html"
    sentinel.write_text('<!DOCTYPE html><html lang="en"><title>x</title><a href="tel:1 2">x</a>')
    errors = _vnu_errors([*sorted(tmp_path.glob("page-*.html")), sentinel])
    assert any(e["url"].endswith("/sentinel.html") for e in errors), "the checker did not run"
    found = [
        f"{names.get(e['url'].rsplit('/', 1)[-1])}: line {e.get('lastLine')}: {e['message']}"
        for e in errors
        if not e["url"].endswith("/sentinel.html")
    ]
    assert len(pages) == 12
    assert found == []
