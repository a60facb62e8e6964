"""The statements, press room, newsletter signup (empty, with errors, sent) and donate
pages of the demo site, in English and Spanish, at 320 and 1280 px: axe-core finds no
violation, nothing is requested from another host, no CSP violation, no sideways
scroll, and no cookie beyond the form's CSRF cookie (tests/browser/test_every_page_type.py
holds the checks)."""

import pytest

from tests.browser.conftest import WIDTHS
from tests.browser.test_every_page_type import Case, check_loaded_page


def send_signup(session):
    page = session.page
    with page.expect_navigation() as navigation:
        page.locator("#newsletter-form button[type=submit]").click()
    return navigation.value


def signup_errors(session):
    session.page.locator("[name=email]").fill("not an address")
    response = send_signup(session)
    assert session.page.locator(".error-summary").is_visible()
    return response


def signup_sent(session):
    session.page.locator("[name=email]").fill("reader@example.org")
    session.page.wait_for_timeout(3100)  # a person takes longer than the minimum fill time
    response = send_signup(session)
    assert session.page.url.endswith("/thanks/")
    return response


CASES = [
    Case("statement", "statements/364-day-law/", es="declaraciones/ley-364-dias/"),
    Case("statements", "statements/", es="declaraciones/"),
    Case("press room", "press-room/", es="sala-de-prensa/"),
    Case("donate", "give/", es="donar/"),
    Case("newsletter", "newsletter/", es="boletin/"),
    Case("newsletter, with errors", "newsletter/", es="boletin/", then=signup_errors),
    Case("newsletter, sent", "newsletter/", es="boletin/", then=signup_sent),
]


@pytest.mark.parametrize("width", WIDTHS.values(), ids=WIDTHS.keys())
@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_press_page(demo_session, case, lang, width):
    session = demo_session(width=width)
    session.open(case.path(lang))
    form_seen = session.page.locator("form[method=post]").count() > 0
    if case.then is not None:
        response = case.then(session)
        assert response.status == 200, f"{session.page.url}: {response.status}"
    check_loaded_page(session, lang, width, form_seen)
