"""The know-your-rights cards, their print sheet and the Quick Reference Chart in a
real browser (Debian's Chromium).

- Printed (print media), every card side measures 85.6 x 54 mm within 1 mm and its text
  fits inside it; the PDF Chromium prints holds the cards' text as text (read back
  with poppler's `pdftotext`, so it can be selected and copied), English and Spanish.
- The cards page, the sheet and the chart (listing and search) pass every page's
  checks (axe-core WCAG 2.2 AA, one h1, no sideways scroll, targets, no third-party
  request, no CSP violation, no cookie) at 375 and 1280 px, in English and Spanish."""

import shutil
import subprocess

import pytest

from tests.browser.test_every_page_type import check_loaded_page
from tests.pages.resources.card_content import cards_page
from tests.pages.resources.chart_rows import chart_page, invented_entries

MM = 96 / 25.4  # CSS pixels per millimetre
PDFTOTEXT = shutil.which("pdftotext")


def _sides(page):
    return page.evaluate(
        """() => [...document.querySelectorAll('.kyr-card')].map((card) => {
            const box = card.getBoundingClientRect();
            return {width: box.width, height: box.height, lang: card.lang,
                    overflows: card.scrollHeight > card.clientHeight + 1
                               || card.scrollWidth > card.clientWidth + 1,
                    visible: getComputedStyle(card).display !== 'none'};
        })"""
    )


def _pdf_text(pdf_bytes, tmp_path):
    path = tmp_path / "cards.pdf"
    path.write_bytes(pdf_bytes)
    result = subprocess.run(  # noqa: S603 (our own file, poppler's tool)
        [PDFTOTEXT, "-layout", str(path), "-"], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    return " ".join(result.stdout.split())


@pytest.mark.skipif(PDFTOTEXT is None, reason="pdftotext (poppler-utils) not installed")
def test_printed_sheet_has_wallet_size_cards_with_selectable_text(
    open_session, live_site, tmp_path
):
    from tests.conftest import publish_help_line

    publish_help_line("(212) 555-0100")
    _page, page_es = cards_page(live_site.home, live_site.home_es.locale, count=3)
    session = open_session(width=1280)
    session.open(page_es.url + "print/")
    session.page.emulate_media(media="print")
    sides = _sides(session.page)
    assert [side["lang"] for side in sides] == ["en", "es"] * 3
    for side in sides:
        assert side["visible"]
        assert abs(side["width"] / MM - 85.6) <= 1, side
        assert abs(side["height"] / MM - 54) <= 1, side
        assert not side["overflows"], f"the card's text does not fit: {side}"
    # Nothing else is printed: the help, the header and the footer are hidden.
    assert not session.page.locator(".kyr-sheet__help").is_visible()
    pdf = session.page.pdf(prefer_css_page_size=True, print_background=True)
    assert pdf.startswith(b"%PDF")
    text = _pdf_text(pdf, tmp_path)
    for words in (
        "Invented card heading",
        "First invented point.",
        "Título inventado",
        "Segundo punto inventado.",
        "Invented closing line. (212) 555-0100",
        "Cierre inventado. (212) 555-0100",
    ):
        assert words in text, (words, text[:500])
    session.assert_clean()


@pytest.mark.parametrize("width", [375, 1280])
def test_cards_and_chart_pages_pass_every_page_check(open_session, live_site, width):
    from wagtail.models import Locale

    from tests.conftest import translate

    spanish = Locale.objects.get(language_code="es")
    cards_en, cards_es = cards_page(live_site.home, spanish, count=2)
    chart = chart_page(live_site.home)
    invented_entries(30)
    chart_es = translate(chart, spanish, title="Tabla de referencia rápida", slug="tabla")
    paths = {
        "en": [
            cards_en.url,
            cards_en.url + "print/",
            chart.url,
            chart.url + "?q=220.03",
            chart.url + "?q=widget",
            chart.url + "?q=nothingmatches",
        ],
        "es": [cards_es.url, cards_es.url + "print/", chart_es.url, chart_es.url + "?q=PL+220.03"],
    }
    session = open_session(width=width)
    for lang, urls in paths.items():
        for url in urls:
            session.open(url)
            check_loaded_page(session, lang, width)
