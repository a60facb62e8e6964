"""The library's pages are valid HTML for the W3C Nu HTML checker, in English and
Spanish: the library (plain, filtered, with older resources, with a bad filter value),
an audience page, resources with files in one and two languages, a superseded resource,
one due for review; and the library's feed is valid Atom with its entries."""

import xml.etree.ElementTree as ET

import pytest

from tests.browser.test_library import PAGES
from tests.pages.test_html_validity import ATOM, HOST, JAVA, VNU, _vnu_errors

pytestmark = pytest.mark.django_db

EXTRA = {"library, bad value": ("library/?type=poster", "biblioteca/?type=poster")}


def test_library_pages_are_valid_html(client, tmp_path, demo_content):
    feed = ET.fromstring(client.get("/en/feeds/library/", **HOST).content)  # noqa: S314 (our own feed)
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) >= 12
    assert all(e.find(f"{ATOM}published") is not None for e in entries)
    if not JAVA or VNU is None or not VNU.exists():
        pytest.skip("the Nu HTML checker needs java and vnu.jar")
    names = {}
    for number, (name, (en, es)) in enumerate({**PAGES, **EXTRA}.items()):
        for lang, path in (("en", en), ("es", es)):
            response = client.get(f"/{lang}/{path}", **HOST)
            assert response.status_code == 200, path
            file = tmp_path / f"page-{number:02d}-{lang}.html"
            file.write_text(response.content.decode(), encoding="utf-8")
            names[file.name] = f"{name} {lang}"
    sentinel = tmp_path / "sentinel.html"
    sentinel.write_text('<!DOCTYPE html><html lang="en"><title>x</title><a href="tel:1 2">x</a>')
    errors = _vnu_errors([*sorted(tmp_path.glob("page-*.html")), sentinel])
    assert any(e["url"].endswith("/sentinel.html") for e in errors), "the checker did not run"
    found = [
        f"{names.get(e['url'].rsplit('/', 1)[-1])}: line {e.get('lastLine')}: {e['message']}"
        for e in errors
        if not e["url"].endswith("/sentinel.html")
    ]
    assert not found, "\n".join(found)
