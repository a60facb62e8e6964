"""The foundation's page types in a real browser: accessible (axe-core, WCAG 2.0-2.2 A
and AA), private (no request to another host, no cookie for anonymous readers), within
the Content Security Policy, and readable at 320 px without sideways scrolling."""

import pytest

from tests.browser.checks import assert_accessible, assert_no_cookies
from tests.browser.conftest import WIDTHS

PAGES = [
    ("home", "/{lang}/", 200),
    ("standard page", "/{lang}/about/", 200),
    ("search results", "/{lang}/search/?q=defenders", 200),
    ("not found", "/{lang}/no-such-page/", 404),
]


@pytest.mark.parametrize("width", WIDTHS.values(), ids=WIDTHS.keys())
@pytest.mark.parametrize("lang", ["en", "es"])
def test_foundation_pages(open_session, lang, width):
    session = open_session(width=width)
    page = session.page
    for _name, path, status in PAGES:
        session.open(path.format(lang=lang), expect_status=status)
        assert page.locator("html").get_attribute("lang") == lang
        assert page.locator("h1").count() == 1
        assert_accessible(page)
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, f"{page.url} scrolls sideways by {overflow}px at {width}px"
    session.assert_clean()
    assert_no_cookies(session.context)


def test_standard_page_shows_its_blocks_in_spanish(open_session, live_site):
    session = open_session()
    session.open("/es/about/")
    page = session.page
    assert page.locator("h1").inner_text() == "Sobre el proyecto"
    image = page.get_by_alt_text("Steps of a courthouse")
    image.scroll_into_view_if_needed()  # it is lazy-loaded
    assert image.is_visible()
    page.wait_for_function(
        "[...document.images].every((img) => img.complete && img.naturalWidth > 0)",
        timeout=5_000,
    )
    session.assert_clean()
