"""One hotline: an approved change of the number reaches every public page of the demo,
in English and Spanish, and no page holds a typed copy that would stay behind.

Each test reads the whole demo site (tests/pages/hotline_crawl.py): the home pages, the
sitemap, and every internal link from them."""

import pytest
from wagtail.models import Locale, Site

from pages.models import HelpLine, StandardPage
from pages.roles import COMMUNICATIONS, MODERATORS
from tests.admin.test_help_line import approve, edit_url, form_data
from tests.conftest import login_with_mfa
from tests.pages.hotline_crawl import crawl, help_bar, occurrences, typed_copies

pytestmark = pytest.mark.django_db

OLD = "(212) 725-6422"
NEW = "(646) 555-0123"


def host():
    return Site.objects.get(is_default_site=True).hostname


def read_site(client):
    pages = crawl(client, host())
    broken = [(url, status) for url, status, _body in pages if status >= 400]
    assert broken == []
    html_pages = [(url, body) for url, status, body in pages if status == 200 and "<html" in body]
    # Both languages, every kind of page: well beyond the 88 public pages of the demo.
    for prefix in ("/en/", "/es/"):
        assert len([url for url, _ in html_pages if url.startswith(prefix)]) > 40
    return html_pages, pages


def test_an_approved_change_reaches_every_page_in_both_languages(client, demo_content, make_user):
    line = HelpLine.objects.get()
    login_with_mfa(client, make_user("casey", groups=[COMMUNICATIONS]))
    response = client.post(edit_url(line), form_data(NEW, [("en", "Weekdays."), ("es", "Lunes.")]))
    assert response.status_code == 302
    client.logout()
    assert approve(client, line, make_user("morgan", groups=[MODERATORS])).status_code == 302

    html_pages, pages = read_site(client)
    old_found = [(url, found) for url, _status, body in pages for found in occurrences(body, OLD)]
    assert old_found == []
    without_new = [url for url, body in html_pages if NEW not in help_bar(body)]
    assert without_new == []
    assert all('href="tel:+16465550123"' in help_bar(body) for _url, body in html_pages)
    # Where the demo's text names the hotline, the new number is there too.
    texts = dict(html_pages)
    assert occurrences(texts["/en/about/contact/"], NEW)[1:]  # help bar, then the text
    assert len(occurrences(texts["/es/campanas/un-dia/"], NEW)) >= 3


def test_no_page_of_the_demo_types_the_hotline(client, demo_content):
    html_pages, pages = read_site(client)
    typed = [(url, found) for url, _status, body in pages for found in typed_copies(body, OLD)]
    assert typed == []
    # The element and templates put the number on pages: the check sees past them.
    assert all(occurrences(body, OLD) for _url, body in html_pages)
    leaked = [url for url, _status, body in pages if "linktype" in body]
    assert leaked == []


def test_the_crawl_reports_a_typed_copy_in_either_language(client, demo_content):
    """Proof the check above can fail: a number typed into an English and a Spanish page
    (saved without the admin, which refuses it) is reported, with the page's address."""
    english = StandardPage.objects.get(slug="contact", locale__language_code="en")
    spanish = english.get_translation(Locale.objects.get(language_code="es"))
    for page, text in ((english, f"Call {OLD} now."), (spanish, "Llame al 212-725-6422.")):
        page.body = [("paragraph", f"<p>{text}</p>")]
        page.save_revision().publish()

    _html_pages, pages = read_site(client)
    typed = {}
    for url, _status, body in pages:
        for found in typed_copies(body, OLD):
            typed.setdefault(url, set()).add(found)
    assert set(typed) == {english.url, spanish.url}
    assert OLD in typed[english.url] and "212-725-6422" in typed[spanish.url]
