"""A cards page with an invented card in English and Spanish, for the tests."""

from pages.resources.cards import CardPlacement, KnowYourRightsCard, KnowYourRightsPage
from tests.conftest import add_page, translate

ENGLISH = {
    "title": "Invented card heading",
    "points": [("point", "First invented point."), ("point", "Second invented point.")],
    "closing": "Invented closing line.",
}
SPANISH = {
    "title": "Título inventado",
    "points": [("point", "Primer punto inventado."), ("point", "Segundo punto inventado.")],
    "closing": "Cierre inventado.",
}


def cards_page(home, spanish=None, count=1):
    """The English page with `count` cards; with `spanish` (a Locale) also the Spanish
    home, cards and page. Returns (page, page_es or None)."""
    cards = []
    for i in range(count):
        fields = {**ENGLISH, "title": f"{ENGLISH['title']} {i}" if i else ENGLISH["title"]}
        cards.append(KnowYourRightsCard.objects.create(locale=home.locale, **fields))
    page = KnowYourRightsPage(
        title="Know your rights",
        slug="know-your-rights",
        intro="Invented intro.",
        search_description="Cards.",
        summary="Invented card summary.",
        resource_type="know_your_rights",
        for_community=True,
        card_placements=[CardPlacement(card=c, sort_order=i) for i, c in enumerate(cards)],
    )
    page = add_page(home, page)
    if spanish is None:
        return page, None
    for card in cards:
        copy = card.copy_for_translation(spanish)
        for name, value in SPANISH.items():
            setattr(copy, name, value)
        copy.save()
    if home.get_translation_or_none(spanish) is None:
        translate(home, spanish)
    page_es = translate(page, spanish, title="Conozca sus derechos", slug="conozca-sus-derechos")
    return page, page_es
