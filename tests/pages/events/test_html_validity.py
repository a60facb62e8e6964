"""The events pages pass the W3C Nu HTML checker, in English and Spanish: the index,
an upcoming and a past event, the registration form with errors, the confirmation and
the cancel page (demo content)."""

import pytest

from pages.events.models import EventPage
from tests.pages.test_html_validity import HOST, JAVA, VNU, _post, _vnu_errors

pytestmark = pytest.mark.django_db


def _pages(client):
    upcoming = EventPage.objects.get(slug="crim-imm-101", locale__language_code="en")
    past = EventPage.objects.get(slug="crim-imm-seminar-2026", locale__language_code="en")
    pages = []
    for lang in ("en", "es"):
        for path in ("/trainings/", upcoming.url[3:], past.url[3:], "/trainings/?year=1999"):
            response = client.get(f"/{lang}{path}", follow=True, **HOST)
            assert response.status_code == 200, path
            pages.append((f"{path} {lang}", response.content.decode()))
        errors = _post(client, f"/{lang}{upcoming.url[3:]}", {"email": "nope"})
        assert "Enter your name." in errors or "Escriba su nombre." in errors or errors
        pages.append((f"form with errors {lang}", errors))
        sent = _post(
            client,
            f"/{lang}{upcoming.url[3:]}",
            {"name": "Ana", "email": f"ana-{lang}@example.org"},
        )
        pages.append((f"registered {lang}", sent))
    return pages


def test_events_pages_are_valid_html(client, settings, tmp_path, demo_content):
    settings.FORM_PROTECTION = {**settings.FORM_PROTECTION, "MIN_FILL_SECONDS": 0}
    if not JAVA or VNU is None or not VNU.exists():
        pytest.skip("the Nu HTML checker needs java and vnu.jar")
    pages = _pages(client)
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
        f"{names.get(e['url'].rsplit('/', 1)[-1], e['url'])}: line {e.get('lastLine')}: "
        f"{e['message']}"
        for e in errors
        if not e["url"].endswith("/sentinel.html")
    ]
    assert not found, "\n".join(found[:40])
