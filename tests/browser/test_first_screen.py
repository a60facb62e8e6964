"""On a phone (375 x 812), every page type shows the hotline in the first screen and
keeps the header, help bar included, at most 200 px tall; the menu opens without
JavaScript; phone numbers never break across lines.

Measured in Chromium on the demo site, English and Spanish, on the same page loads as
the other page-type checks list (tests/browser/test_every_page_type.py)."""

import pytest

from tests.browser.test_every_page_type import CASES

PHONE = {"width": 375, "height": 812}
HEADER_MAX = 200

MEASURE = """() => {
    const phone = document.querySelector('.help-bar a[href^="tel:"]');
    const header = document.querySelector('.site-header');
    const box = (el) => el ? el.getBoundingClientRect().toJSON() : null;
    const lines = [...document.querySelectorAll('a[href^="tel:"]')]
        .filter((a) => a.offsetParent !== null)
        .map((a) => ({text: a.textContent.trim(), rects: a.getClientRects().length,
                      href: a.getAttribute('href')}));
    return {phone: box(phone), header: box(header), tel: lines,
            h1: box(document.querySelector('h1'))};
}"""


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_hotline_in_first_screen_and_header_compact(demo_session, case, lang):
    session = demo_session(**PHONE, java_script_enabled=False)
    session.open(case.path(lang), expect_status=case.status)
    found = session.page.evaluate(MEASURE)
    phone, header = found["phone"], found["header"]
    assert phone is not None, "the help bar has a tel: link"
    assert phone["top"] >= 0 and phone["bottom"] <= PHONE["height"], phone
    assert header["bottom"] <= HEADER_MAX, f"header ends at {header['bottom']:.0f} px"
    for link in found["tel"]:
        assert " " not in link["href"], link
        assert link["rects"] == 1, f"{link['text']!r} breaks across lines"


def test_menu_opens_without_javascript(demo_session):
    session = demo_session(**PHONE, java_script_enabled=False)
    session.open("/en/")
    page = session.page
    campaigns = page.locator(".menu__nav").get_by_role("link", name="Campaigns")
    assert not campaigns.is_visible()
    page.locator(".menu__button").click()
    assert campaigns.is_visible()
    with page.expect_navigation():
        campaigns.click()
    assert page.url.endswith("/en/campaigns/")
