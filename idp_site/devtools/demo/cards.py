"""The demo's know-your-rights card (English; its Spanish is in translations_es_cards.py)
and the Quick Reference Chart page.

Every sentence on the card states only what ../shared/docs/organization.md supports:
some convictions lead to deportation whatever the sentence (drug, firearm, domestic
violence), defense counsel must advise on the deportation risk of a plea (Padilla),
every case is different and a lawyer comes before a guilty plea, the Protect Our
Courts Act limits civil immigration arrests around New York courts, and IDP returns
every call to the hotline. The notes state no right to stay silent or to refuse to
sign, so the card says neither.

The chart page ships with no entries: the notes state no consequence for any
particular Penal Law section, and the chart may hold only what they state."""

from pages.models import HomePage
from pages.resources.cards import CardPlacement, KnowYourRightsCard, KnowYourRightsPage
from pages.resources.chart.models import QuickReferenceChartPage

CARD = {
    "title": "Not a U.S. citizen? Before you plead guilty",
    "points": [
        "Some convictions can lead to deportation whatever the sentence: drug, firearm "
        "and domestic violence offenses, among others.",
        "Your defense lawyer must tell you whether a guilty plea puts you at risk of deportation.",
        "Every case is different. Talk to a lawyer before you plead guilty.",
        "In New York, the Protect Our Courts Act limits civil immigration arrests of "
        "people going to, at or coming from court.",
    ],
    "closing": "Questions about your case? Call our hotline. We return every call.",
}


def ensure_card(home):
    """The English card, created once and brought up to date on later runs."""
    card = KnowYourRightsCard.objects.filter(locale=home.locale, title=CARD["title"]).first()
    points = [("point", text) for text in CARD["points"]]
    if card is None:
        card = KnowYourRightsCard(locale=home.locale, title=CARD["title"])
    old = card.point_texts if card.pk else None
    if old != CARD["points"] or card.closing != CARD["closing"]:
        card.points = points
        card.closing = CARD["closing"]
        card.save()
    return card


def load(command, upsert_page):
    home = HomePage.objects.filter(locale__language_code="en").first()
    card = ensure_card(home)
    cards_page = upsert_page(
        home,
        KnowYourRightsPage,
        "know-your-rights",
        title="Know your rights: wallet cards",
        intro=(
            "Short cards to keep with you if you are not a U.S. citizen and face a "
            "criminal case. Read them on your phone or print them as wallet cards."
        ),
        search_description=(
            "Know-your-rights cards for people who are not U.S. citizens and face a "
            "criminal case, to read on a phone or print as wallet cards."
        ),
        summary=(
            "Wallet cards for people who are not U.S. citizens and face a criminal case: "
            "why to talk to a lawyer before pleading guilty, and where to call."
        ),
        resource_type="know_your_rights",
        for_community=True,
        for_advocates=True,
    )
    placements = list(cards_page.card_placements.values_list("card_id", flat=True))
    if placements != [card.pk]:
        cards_page.card_placements = [CardPlacement(card=card, sort_order=0)]
        cards_page.save_revision().publish()
    upsert_page(
        home,
        QuickReferenceChartPage,
        "quick-reference-chart",
        title="Quick Reference Chart",
        intro=(
            "For criminal defense attorneys: the immigration consequences of selected "
            "New York offenses, offense by offense, with tips for defense counsel."
        ),
        search_description=(
            "The Quick Reference Chart for criminal defense attorneys: immigration "
            "consequences of selected New York offenses, searchable by Penal Law section."
        ),
        summary=(
            "Immigration consequences of New York offenses, searchable by Penal Law "
            "section, with tips for defense counsel."
        ),
        resource_type="chart",
        for_defense=True,
        for_immigration=True,
    )
    command.stdout.write("resources: know-your-rights card and page, chart page (no entries)")
