"""Translating the main menu in a real browser: Communications sends the English menu
to translation with wagtail-localize, the translation editor offers its labels as
strings, and a reader's Spanish header links only to Spanish pages, while the
translation is a draft and once it is published (then under the Spanish labels)."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser import test_admin_roles
from tests.browser.test_admin_roles import signed_in

team = test_admin_roles.team  # the fixture: Communications and a Moderator, with TOTP
LABELS = ["About us", "What we do", "Donate"]


@pytest.fixture
def english_menu(live_site):
    from wagtail.models import Locale

    from pages.models import NavigationMenu, NavigationMenuItem, StandardPage
    from tests.conftest import add_page

    work = add_page(
        live_site.home,
        StandardPage(title="Our work", slug="work", search_description="Work, in English."),
    )
    menu = NavigationMenu(slot="main", locale=Locale.get_default())
    menu.save()
    NavigationMenuItem.objects.create(
        menu=menu, page=live_site.about, label="About us", sort_order=0
    )
    NavigationMenuItem.objects.create(menu=menu, page=work, label="What we do", sort_order=1)
    NavigationMenuItem.objects.create(
        menu=menu, url="https://www.example.org/donate", label="Donate", sort_order=2
    )
    menu.save_revision().publish()
    return menu


def header_links(session, path):
    session.open(path)
    links = session.page.locator(".primary-nav a")
    return [
        (links.nth(i).get_attribute("href"), links.nth(i).inner_text().strip())
        for i in range(links.count())
    ]


def test_translating_the_main_menu_offers_its_labels_and_keeps_the_spanish_header_spanish(
    open_session, live_site, team, english_menu
):
    from pages.models import NavigationMenu

    reader = open_session()
    assert [text for _href, text in header_links(reader, "/en/")] == LABELS

    comms = signed_in(open_session, "casey", team["casey"])
    page = comms.page
    comms.context.set_default_timeout(30_000)
    comms.open(f"/admin/localize/submit/snippet/pages/navigationmenu/{english_menu.pk}/")
    page.get_by_label("Español").check()
    with page.expect_navigation():
        page.get_by_role("button", name=re.compile("Submit")).click()

    # The translation editor offers each label as a string to translate.
    for label in LABELS:
        expect(page.get_by_text(label, exact=True).first).to_be_visible()
    spanish_menu = english_menu.get_translation(live_site.home_es.locale)
    assert not spanish_menu.live

    # While the translation is a draft: Spanish pages only, under their Spanish titles.
    draft_links = header_links(reader, "/es/")
    assert draft_links == [(live_site.about_es.url, "Sobre el proyecto")]

    filled = []
    while page.get_by_role("button", name="Translate", exact=True).count():
        page.get_by_role("button", name="Translate", exact=True).first.click()
        text = f"Etiqueta {len(filled) + 1}"
        page.locator("textarea").first.fill(text)
        page.get_by_role("button", name="Save", exact=True).first.click()
        expect(page.get_by_role("button", name="Save", exact=True)).to_have_count(0)
        filled.append(text)
    assert len(filled) == len(LABELS)
    with page.expect_navigation(wait_until="commit"):
        page.locator("footer").get_by_role("button", name=re.compile("^Publish")).click()
    page.wait_for_load_state("domcontentloaded")
    assert NavigationMenu.objects.get(pk=spanish_menu.pk).live

    published = header_links(reader, "/es/")
    hrefs = [href for href, _text in published]
    assert not [href for href in hrefs if href.startswith("/en/")], published
    assert (live_site.about_es.url, filled[0]) in published
    assert ("https://www.example.org/donate", filled[2]) in published
    assert [text for _href, text in header_links(reader, "/en/")] == LABELS
    comms.settle()
    assert comms.problems.problems == []
    for session in (comms, reader):
        session.assert_clean()
