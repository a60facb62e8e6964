"""The resource library in a real browser, on the demo site: the library, a filtered
library, an audience page and resources (current, superseded, due for review) in English
and Spanish at 375 and 1280 px pass axe-core with no violation and every check every page
type gets; and the filters work with JavaScript off, through the form and its links."""

import re

import pytest

from tests.browser.test_every_page_type import check_loaded_page

WIDTHS = {"phone": 375, "wide": 1280}

PAGES = {
    "library": ("library/", "biblioteca/"),
    "library, filtered": (
        "library/?audience=defense&type=practice_advisory",
        "biblioteca/?audience=defense&type=practice_advisory",
    ),
    "library, older included": ("library/?older=on", "biblioteca/?older=on"),
    "audience page": ("library/for-defenders/", "biblioteca/para-defensores/"),
    "resource with files in two languages": (
        "library/the-364-day-law-chart/",
        "biblioteca/tabla-ley-364-dias/",
    ),
    "resource, English file only": ("library/padilla-advisory/", "biblioteca/guia-padilla/"),
    "resource, superseded": (
        "library/padilla-advisory-2010/",
        "biblioteca/guia-padilla-2010/",
    ),
}


@pytest.mark.parametrize("width", WIDTHS.values(), ids=WIDTHS.keys())
@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("name", PAGES)
def test_library_pages_are_accessible(demo_session, name, lang, width):
    session = demo_session(width=width)
    en, es = PAGES[name]
    session.open(f"/{lang}/{en if lang == 'en' else es}")
    check_loaded_page(session, lang, width)


def _titles(page):
    return page.locator(".library-item .card__title").all_inner_texts()


def test_filters_work_with_javascript_off(demo_session):
    session = demo_session(width=375, java_script_enabled=False)
    page = session.page
    session.open("/en/library/")
    everything = _titles(page)
    assert len(everything) >= 12
    listed = int(page.locator("[role=status]").inner_text().split()[0])

    page.locator("#filter-audience").select_option("defense")
    page.locator("#filter-type").select_option("practice_advisory")
    with page.expect_navigation():
        page.get_by_role("button", name="Show resources").click()
    assert "audience=defense" in page.url and "type=practice_advisory" in page.url
    titles = _titles(page)
    # Fewer than the whole library (whose first page holds only its newest items).
    assert titles and len(titles) < listed
    assert "Duty of defense counsel after Padilla v. Kentucky" in titles
    label = "resource" if len(titles) == 1 else "resources"
    assert page.locator("[role=status]").inner_text() == f"{len(titles)} {label}"
    # Each option shows its count for the other filter: the type chosen is counted.
    chosen = page.locator("#filter-type option:checked").inner_text()
    assert re.search(rf"\({len(titles)}\)$", chosen), chosen

    # A link removes one filter; the other stays.
    with page.expect_navigation():
        page.get_by_role("link", name=re.compile("Remove .Type")).click()
    assert "audience=defense" in page.url and "type=" not in page.url
    assert len(_titles(page)) > len(titles)

    # The superseded edition appears only when older resources are included.
    assert "(2010 edition)" not in " ".join(_titles(page))
    page.locator("#filter-older").check()
    with page.expect_navigation():
        page.get_by_role("button", name="Show resources").click()
    assert any("(2010 edition)" in t for t in _titles(page))
    session.assert_clean()
