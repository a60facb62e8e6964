"""Quick exit on every page a community member reaches (issue 32): the "Leave this
site now" link is the first thing in the tab order of every public page type, in
English and Spanish; pressing Escape twice (with JavaScript) or following the link
(without) leaves for the neutral site, and with JavaScript the site's page is replaced
in the history, so Back does not return to it. The neutral site is answered here by
the test, so no request leaves the machine."""

import pytest

from tests.browser.conftest import WIDTHS
from tests.browser.test_every_page_type import CASES

NEUTRAL = "https://www.google.com/"
#: Every community-facing page a reader can load directly (not the form states).
PAGES = [case for case in CASES if case.then is None]
LINK_TEXT = {"en": "Leave this site now", "es": "Salir de este sitio ahora"}


def _neutral_site(session):
    """Answer the neutral site ourselves; return the list of visits to it."""
    visits = []

    def fulfil(route):
        visits.append(route.request.url)
        route.fulfill(status=200, content_type="text/html", body="<title>Neutral</title>")

    session.context.route(f"{NEUTRAL}**", fulfil)
    return visits


def _first_tab_stop(page):
    page.keyboard.press("Tab")
    return page.evaluate(
        "() => [document.activeElement.getAttribute('href'),"
        " document.activeElement.hasAttribute('data-leave-site'),"
        " document.activeElement.innerText]"
    )


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_way_out_is_first_on_every_page_type(demo_session, lang):
    session = demo_session(width=WIDTHS["narrow"], java_script_enabled=False)
    page = session.page
    for case in PAGES:
        session.open(case.path(lang), expect_status=case.status)
        href, is_leave, text = _first_tab_stop(page)
        assert (href, is_leave) == (NEUTRAL, True), case.path(lang)
        assert text.strip() == LINK_TEXT[lang], case.path(lang)
        assert page.get_by_role("link", name=text.strip()).first.is_visible(), case.path(lang)


def test_escape_twice_leaves_and_back_does_not_return(demo_session):
    session = demo_session(width=WIDTHS["wide"])
    visits = _neutral_site(session)
    page = session.page
    session.open("/en/")
    session.open("/en/alerts/protect-our-courts/")
    # The hint is shown only where the shortcut works (JavaScript on).
    assert page.locator("[data-leave-site-hint]").is_visible()
    page.keyboard.press("Escape")
    page.wait_for_timeout(100)
    assert page.url.endswith("/en/alerts/protect-our-courts/")  # one press: nothing
    with page.expect_navigation():
        page.keyboard.press("Escape")
    assert page.url == NEUTRAL and visits == [NEUTRAL]
    # The alert was replaced, not stacked: Back goes to the page before it.
    page.go_back()
    assert page.url.endswith("/en/")
    assert not session.context.cookies()


def test_the_link_replaces_the_page_from_the_keyboard(demo_session):
    session = demo_session(width=WIDTHS["narrow"])
    visits = _neutral_site(session)
    page = session.page
    session.open("/es/")
    session.open("/es/get-legal-help/")
    assert _first_tab_stop(page)[1]
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url == NEUTRAL and visits == [NEUTRAL]
    page.go_back()
    assert page.url.endswith("/es/")


def test_without_javascript_the_link_still_leaves(demo_session):
    session = demo_session(width=WIDTHS["narrow"], java_script_enabled=False)
    visits = _neutral_site(session)
    page = session.page
    session.open("/en/alerts/")
    assert not page.locator("[data-leave-site-hint]").is_visible()  # no promise it can't keep
    assert _first_tab_stop(page)[1]
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url == NEUTRAL and visits == [NEUTRAL]
    assert not session.context.cookies()
