"""The page shell every reader sees: help bar, skip link, language, errors."""

import re

import pytest

from pages.models import StandardPage
from tests.conftest import add_page, publish_help_line

pytestmark = pytest.mark.django_db


def test_help_bar_shows_the_help_line_number_and_follows_a_change(client, home):
    response = client.get("/en/")
    assert response.status_code == 200
    assert "(212) 725-6422" in response.content.decode()

    publish_help_line("(212) 555-0199")
    html = client.get("/en/").content.decode()
    assert "(212) 555-0199" in html
    assert 'href="tel:+12125550199"' in html
    assert "(212) 725-6422" not in html


def test_help_bar_links_come_from_settings(client, home, site_settings):
    help_page = add_page(
        home, StandardPage(title="Get help", slug="get-help", search_description="x")
    )
    site_settings.legal_help_page = help_page
    site_settings.save()
    html = client.get("/en/").content.decode()
    assert '<a class="help-bar__link" href="/en/get-help/">Get legal help</a>' in html


def test_skip_link_follows_the_way_out(client, home):
    """The quick exit comes first on every page (issue 32), the skip link right after."""
    html = client.get("/en/").content.decode()
    body = html[html.index("<body") :]
    first_link, second_link = re.findall(r"<a [^>]*>", body)[:2]
    assert "data-leave-site" in first_link
    assert 'href="#main"' in second_link
    assert 'id="main"' in html


@pytest.mark.parametrize(("prefix", "lang"), [("/en/", "en"), ("/es/", "es")])
def test_html_lang_follows_url_prefix(client, home, prefix, lang):
    response = client.get(prefix)
    assert response.status_code == 200
    assert f'<html lang="{lang}"' in response.content.decode()


def test_root_redirects_by_browser_language(client, home):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="es-MX,es;q=0.9")
    assert response.status_code == 302
    assert response["Location"] == "/es/"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="en-US").headers["Location"] == "/en/"


def test_unknown_url_is_404_with_hotline(client, home):
    response = client.get("/en/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "(212) 725-6422" in html
    assert '<html lang="en"' in html


def test_server_error_page_shows_hotline_without_database(rf, settings):
    from idp_site.errors import server_error

    response = server_error(rf.get("/en/"))
    assert response.status_code == 500
    assert settings.IDP_DEFAULT_HOTLINE in response.content.decode()


def test_anonymous_readers_get_no_cookies(client, home):
    response = client.get("/en/")
    assert response.cookies == {}


def test_no_inline_scripts_or_styles(client, home):
    """Every script has a src, except JSON-LD data blocks (never executed, so the
    strict CSP's script-src does not apply to them)."""
    html = client.get("/en/").content.decode()
    scripts = re.findall(r"<script\b[^>]*>", html)
    assert scripts
    for tag in scripts:
        assert "src=" in tag or 'type="application/ld+json"' in tag, tag
    assert "<style" not in html
    assert " style=" not in html


def test_menu_shows_home_children_marked_for_menus(client, home):
    add_page(
        home, StandardPage(title="In menu", slug="in", show_in_menus=True, search_description="x")
    )
    add_page(home, StandardPage(title="Hidden", slug="out", search_description="x"))
    html = client.get("/en/").content.decode()
    nav = html[html.index('class="primary-nav"') :]
    assert "In menu" in nav
    assert "Hidden" not in nav


def test_robots_txt_points_to_sitemap(client, home):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert "Sitemap: http://testserver/sitemap.xml" in response.content.decode()
