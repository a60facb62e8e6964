"""The demo's statements, statements index, press room, newsletter form (with errors and
after success) and donate page, English and Spanish, are valid HTML for the W3C Nu
checker; the statements feed is valid Atom; none of the pages loads anything from
another host."""

import xml.etree.ElementTree as ET

import pytest

from tests.pages.test_html_validity import ATOM, HIDDEN, HOST, JAVA, VNU, _vnu_errors

from .test_newsletter import assert_no_foreign_resources

pytestmark = pytest.mark.django_db

PAGES = {
    "en": {
        "statement": "/en/statements/364-day-law/",
        "statements": "/en/statements/",
        "press room": "/en/press-room/",
        "donate": "/en/give/",
        "newsletter": "/en/newsletter/",
    },
    "es": {
        "statement": "/es/declaraciones/ley-364-dias/",
        "statements": "/es/declaraciones/",
        "press room": "/es/sala-de-prensa/",
        "donate": "/es/donar/",
        "newsletter": "/es/boletin/",
    },
}


def _newsletter(client, path, answers):
    form = client.get(path, **HOST).content.decode()
    data = dict(HIDDEN.findall(form))
    data.update(answers)
    response = client.post(path, data, follow=True, **HOST)
    assert response.status_code == 200, path
    return response.content.decode()


def _pages(client):
    pages = []
    for lang, paths in PAGES.items():
        for name, path in paths.items():
            response = client.get(path, **HOST)
            assert response.status_code == 200, path
            html = response.content.decode()
            assert f'<html lang="{lang}"' in html
            pages.append((f"{name} {lang}", html))
        path = paths["newsletter"]
        errors = _newsletter(client, path, {"email": "nope"})
        assert 'class="error-summary"' in errors
        pages.append((f"newsletter, errors {lang}", errors))
        sent = _newsletter(client, path, {"email": "reader@example.org", "language": lang})
        assert 'role="status"' in sent
        pages.append((f"newsletter, sent {lang}", sent))
    return pages


def test_press_pages_valid_private_and_feed_is_atom(client, settings, tmp_path, demo_content):
    settings.FORM_PROTECTION = {**settings.FORM_PROTECTION, "MIN_FILL_SECONDS": 0}
    for lang, index in (("en", "/en/statements/feed/"), ("es", "/es/declaraciones/feed/")):
        response = client.get(index, **HOST)
        assert response.status_code == 200
        feed = ET.fromstring(response.content)  # noqa: S314 (our own feed)
        assert feed.find(f"{ATOM}author/{ATOM}name").text == "Immigrant Defense Project"
        entries = feed.findall(f"{ATOM}entry")
        assert len(entries) == 3, lang
        assert all(e.find(f"{ATOM}updated") is not None for e in entries)
        assert [e.find(f"{ATOM}published").text[:4] for e in entries] == ["2021", "2020", "2019"]
    pages = _pages(client)
    for _name, html in pages:
        assert_no_foreign_resources(html.replace("://localhost/", "://testserver/"))
    if not JAVA:
        pytest.skip("java not found: the Nu HTML checker (vnu.jar) needs a JRE")
    if VNU is None or not VNU.exists():
        pytest.skip("vnu.jar not installed (pip install -r requirements.txt)")
    names = {}
    for number, (name, html) in enumerate(pages):
        path = tmp_path / f"page-{number:03d}.html"
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
    assert not found, "\n".join(found[:40])
