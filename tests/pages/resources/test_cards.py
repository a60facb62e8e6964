"""Know-your-rights cards: text on the page in the reader's language, ending at the
hotline from the Help line; the print sheet pairs each card's English side with the
reader's language; the card refuses a typed hotline; queries stay constant."""

import re

import pytest
from django.core.exceptions import ValidationError

from pages.resources.cards import KnowYourRightsCard
from pages.resources.models import LibrarySettings
from tests.budgets import QUERY_BUDGET
from tests.conftest import publish_help_line
from tests.pages.resources.card_content import cards_page

pytestmark = pytest.mark.django_db


def card_sides(html):
    """(lang, heading) of each card side on the page, in order."""
    return re.findall(
        r'<article class="kyr-card"(?: lang="(\w+)")?>\s*<h2 class="kyr-card__title">([^<]+)<',
        html,
    )


def test_cards_page_shows_the_cards_as_text_ending_at_the_hotline(client, home):
    publish_help_line("(212) 555-0100")
    page, _ = cards_page(home)
    response = client.get(page.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert card_sides(html) == [("", "Invented card heading")]
    card = html[html.index('<article class="kyr-card"') :]
    card = card[: card.index("</article>")]
    assert "<li>First invented point.</li>" in card and "<li>Second invented point.</li>" in card
    assert card.rstrip().endswith(
        'Invented closing line. <a class="tel kyr-card__tel" href="tel:+12125550100" '
        "data-hotline>(212) 555-0100</a></p>"
    )
    assert f'href="{page.url}print/"' in html


def test_spanish_page_shows_the_spanish_card(client, home, spanish):
    _page, page_es = cards_page(home, spanish)
    html = client.get(page_es.url).content.decode()
    assert card_sides(html) == [("", "Título inventado")]
    assert "Imprimir estas tarjetas en tamaño de bolsillo" in html


def test_spanish_sheet_prints_english_beside_spanish(client, home, spanish):
    _page, page_es = cards_page(home, spanish, count=2)
    response = client.get(page_es.url + "print/")
    assert response.status_code == 200
    html = response.content.decode()
    assert card_sides(html) == [
        ("en", "Invented card heading"),
        ("es", "Título inventado"),
        ("en", "Invented card heading 1"),
        ("es", "Título inventado"),
    ]
    assert html.count('<div class="kyr-pair">') == 2
    assert "resources/card-sheet.css" in html
    assert 'name="other"' not in html  # the reader's language is the page's


def test_english_sheet_offers_the_other_side_and_defaults_to_a_translation(client, home, spanish):
    page, _ = cards_page(home, spanish)
    html = client.get(page.url + "print/").content.decode()
    assert card_sides(html) == [("en", "Invented card heading"), ("es", "Título inventado")]
    assert re.search(r'<option value="es" lang="es" selected>Español</option>', html)
    # An unknown language is ignored; the form works without JavaScript (GET).
    html = client.get(page.url + "print/", {"other": "xx"}).content.decode()
    assert card_sides(html)[1] == ("es", "Título inventado")
    assert '<form class="kyr-sheet__language" method="get"' in html


def test_english_sheet_without_translations_prints_the_english_side(client, home):
    page, _ = cards_page(home)
    html = client.get(page.url + "print/").content.decode()
    assert card_sides(html) == [("en", "Invented card heading")]


def test_card_refuses_a_typed_hotline(home):
    publish_help_line("(212) 555-0100")
    card = KnowYourRightsCard(
        locale=home.locale,
        title="Heading",
        points=[("point", "Call 212-555-0100 now.")],
        closing="Call (212) 555-0100.",
    )
    with pytest.raises(ValidationError) as raised:
        card.full_clean()
    assert set(raised.value.message_dict) == {"points", "closing"}
    assert "Insert the hotline element instead" in raised.value.message_dict["closing"][0]


@pytest.mark.parametrize("suffix", ["", "print/"])
def test_cards_page_queries_do_not_grow_with_the_cards(
    client, home, spanish, settings, django_assert_max_num_queries, suffix
):
    settings.PAGE_CACHE_ENABLED = False
    settings.PAGE_FRAGMENT_CACHE = False
    LibrarySettings.for_site(home.get_site())  # a live site has the row already
    few, few_es = cards_page(home, spanish, count=1)

    def count(url):
        client.get(url)
        with django_assert_max_num_queries(QUERY_BUDGET) as ctx:
            assert client.get(url).status_code == 200
        return len(ctx)

    small = [count(few.url + suffix), count(few_es.url + suffix)]
    few_es.delete()
    few.delete()
    many, many_es = cards_page(home, spanish, count=10)
    assert [count(many.url + suffix), count(many_es.url + suffix)] == small
