"""Alerts as readers see them: the banner on every public page from the alert's start
to its expiry (no publish needed at either end), the alert in its fixed shape with the
hotline from the Help line, the archive marking past and replaced alerts "no longer
current", and the tree rules."""

import datetime

import pytest
from django.utils import timezone
from wagtail.test.utils import WagtailPageTestCase

from pages.alerts.models import AlertIndexPage, AlertPage
from pages.models import HomePage, StandardPage
from tests.conftest import add_page, publish_help_line, translate
from tests.pages.alerts.content import add_alert, add_archive

pytestmark = pytest.mark.django_db


@pytest.fixture
def archive(home, site_settings):
    return add_archive(home)


@pytest.fixture
def about(home):
    return add_page(home, StandardPage(title="About us", slug="about", search_description="x"))


def banner(client, url="/en/about/"):
    html = client.get(url).content.decode()
    start = html.find('<aside class="alert-banner')
    return "" if start < 0 else html[start : html.find("</aside>", start)]


def test_a_current_alert_is_in_the_banner_of_every_page(client, archive, about):
    alert = add_alert(archive)
    for url in ("/en/", "/en/about/", "/en/alerts/", alert.url, "/en/search/?q=x"):
        shown = banner(client, url)
        assert "Courthouse arrests: know your rights" in shown, url
        assert f'href="{alert.url}"' in shown
        assert "Urgent" in shown
    not_found = client.get("/en/no-such-page/")
    assert not_found.status_code == 404
    assert "Courthouse arrests" in not_found.content.decode()


def test_the_banner_follows_the_clock_with_no_publish(client, archive, about, monkeypatch):
    add_alert(archive, starts=1, expires=2)
    assert banner(client) == ""  # not started
    real_now = timezone.now

    def move_clock(days):
        monkeypatch.setattr(timezone, "now", lambda: real_now() + datetime.timedelta(days=days))

    move_clock(1.5)  # no publish in between: what was kept is judged by the clock
    assert "Courthouse arrests" in banner(client)
    move_clock(2.5)
    assert banner(client) == ""  # expired: gone, and still in the archive
    archive_html = client.get("/en/alerts/").content.decode()
    assert "Courthouse arrests" in archive_html
    assert "No longer current" in archive_html


def test_drafts_unpublished_and_other_languages_show_no_banner(client, archive, about, spanish):
    draft = add_alert(archive, publish=False)
    assert banner(client) == ""
    draft.save_revision().publish()
    assert banner(client)
    draft.refresh_from_db()
    draft.unpublish()
    assert banner(client) == ""
    # An alert only in English is not shown under /es/ (its readers could not read it).
    english_only = add_alert(archive, title="English only: check your notice")
    assert "English only" in banner(client)
    es_home = translate(archive.get_parent().specific, spanish, slug="inicio")
    assert es_home.live
    assert "English only" not in banner(client, "/es/")
    translate(archive, spanish, title="Alertas")
    translate(english_only, spanish, title="Solo en inglés: revise su aviso")
    assert "Solo en inglés" in banner(client, "/es/")


def test_a_replaced_alert_leaves_the_banner_and_says_so(client, archive, about):
    first = add_alert(archive, title="First notice", severity="urgent")
    assert "First notice" in banner(client)
    second = add_alert(archive, title="Second notice", severity="update", supersedes=first)
    shown = banner(client)
    assert "Second notice" in shown and "First notice" not in shown
    html = client.get(first.url).content.decode()
    assert "No longer current" in html
    assert f'href="{second.url}"' in html
    assert "Current alert" in client.get(second.url).content.decode()


def test_the_most_severe_current_alert_is_the_banner(client, archive, about):
    add_alert(archive, title="An update", severity="update", starts=-0.1)
    add_alert(archive, title="Act today", severity="urgent", starts=-2)
    assert "Act today" in banner(client)


def test_an_alert_has_its_fixed_shape_and_the_hotline(client, archive):
    publish_help_line("(212) 555-0142")
    alert = add_alert(archive, get_help="<p>Ask your defender.</p>")
    html = client.get(alert.url).content.decode()
    headings = [h for h in ("What changed", "Who is affected", "What to do now",
                            "What not to do", "Get help") if f"<h2>{h}</h2>" in html]  # fmt: skip
    assert headings == ["What changed", "Who is affected", "What to do now", "What not to do",
                        "Get help"]  # fmt: skip
    get_help = html[html.find("<h2>Get help</h2>") :]
    assert "Ask your defender." in get_help
    assert "(212) 555-0142" in get_help and 'href="tel:+12125550142"' in get_help
    assert "Protect Our Courts Act" in html
    assert 'href="https://www.nysenate.gov/legislation/bills/2019/S425"' in html
    assert "(New York time)" in html


def test_the_archive_lists_current_alerts_first(client, archive):
    add_alert(archive, title="Old notice", starts=-60, expires=-30)
    add_alert(archive, title="Current notice", starts=-1, expires=30)
    html = client.get("/en/alerts/").content.decode()
    assert html.index("Current notice") < html.index("Old notice")
    assert html.count("No longer current") == 1
    assert html.count("Current alert") == 1


class TestTree(WagtailPageTestCase):
    def test_rules(self):
        self.assertAllowedParentPageTypes(AlertPage, {AlertIndexPage})
        self.assertAllowedSubpageTypes(AlertPage, {})
        self.assertAllowedParentPageTypes(AlertIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(AlertIndexPage, {AlertPage})
