"""Know-your-rights cards as text, not pictures: a translatable card (a snippet, so one
card can sit on several pages and be translated once through wagtail-localize) and the
page that shows the cards and prints them as a sheet of wallet-size cards."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index

from pages.models import BasePage
from pages.models.base import TYPED_HOTLINE
from pages.models.help_line import live_help_line
from pages.phone_numbers import typed_hotline
from pages.resources.models.library_item import LibraryItem

#: A wallet card has room for a handful of short lines; the sheet's test checks that
#: the text of every card fits inside it.
MAX_POINTS = 5
POINT_LENGTH = 140


class KnowYourRightsCard(TranslatableMixin, index.Indexed, models.Model):
    """One know-your-rights card: a heading, a few short points and a closing line that
    leads to the hotline (whose number the template adds from the Help line). Written
    once in English and translated through wagtail-localize; the printed sheet puts the
    English side next to the reader's language."""

    title = models.CharField(
        max_length=70,
        help_text=_('The card\'s heading, e.g. "Before you plead guilty". Keep it short.'),
    )
    points = StreamField(
        [
            (
                "point",
                blocks.CharBlock(
                    max_length=POINT_LENGTH,
                    help_text=_(
                        "One short sentence. State a legal point only as precisely "
                        "as IDP's legal staff have approved it."
                    ),
                ),
            )
        ],
        min_num=1,
        max_num=MAX_POINTS,
        help_text=_("Up to five short sentences: they must fit on a wallet card."),
    )
    closing = models.CharField(
        max_length=100,
        help_text=_(
            'The last line, just before the hotline number, e.g. "Call our hotline. We '
            "return every call.\" Do not type the number: the card shows the Help line's."
        ),
    )

    panels = [FieldPanel("title"), FieldPanel("points"), FieldPanel("closing")]
    search_fields = [index.SearchField("title"), index.FilterField("locale")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("know-your-rights card")
        verbose_name_plural = _("know-your-rights cards")

    def __str__(self):
        return self.title

    @property
    def point_texts(self):
        return [str(block.value) for block in self.points]

    def clean(self):
        super().clean()
        number = live_help_line().number
        texts = {"title": self.title, "closing": self.closing, "points": " ".join(self.point_texts)}
        errors = {}
        for name, text in texts.items():
            typed = typed_hotline(text, number)
            if typed:
                errors[name] = ValidationError(TYPED_HOTLINE, params={"typed": typed[0]})
        if errors:
            raise ValidationError(errors)


class CardPlacement(Orderable):
    """A card shown on a cards page, in the page's order."""

    page = ParentalKey("resources.KnowYourRightsPage", related_name="card_placements")
    card = models.ForeignKey(
        KnowYourRightsCard,
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Choose a card (in the page's language: translations follow it)."),
    )

    panels = [FieldPanel("card")]


class KnowYourRightsPage(RoutablePageMixin, LibraryItem, BasePage):
    """Know-your-rights cards for reading on a phone, and at ./print/ the same cards as a
    sheet of wallet-size cards (85.6 x 54 mm), each with its English side next to the
    reader's language."""

    intro = models.TextField(
        blank=True, help_text=_("A sentence or two above the cards: who they are for.")
    )

    parent_page_types = ["pages.HomePage", "pages.StandardPage", "resources.LibraryIndexPage"]
    subpage_types = []

    content_panels = (
        Page.content_panels
        + [FieldPanel("intro"), InlinePanel("card_placements", label=_("Cards"), min_num=1)]
        + LibraryItem.library_panels
        + LibraryItem.review_panels
    )
    search_fields = Page.search_fields + [index.SearchField("intro")]

    class Meta:
        verbose_name = _("know-your-rights cards page")

    @property
    def listing_summary(self):
        return self.search_description or self.intro

    def cards(self):
        """The page's cards in its own language (a placement copied from English before
        its card was translated still shows the English card)."""
        placed = [
            p.card for p in self.card_placements.select_related("card").order_by("sort_order")
        ]
        keys = [card.translation_key for card in placed]
        local = {
            c.translation_key: c
            for c in KnowYourRightsCard.objects.filter(
                translation_key__in=keys, locale_id=self.locale_id
            )
        }
        return [local.get(card.translation_key, card) for card in placed]

    @path("")
    def cards_view(self, request):
        return self.render(request, context_overrides={"cards": self.cards()})

    @path("print/")
    def sheet_view(self, request):
        cards = self.cards()
        sides = card_sides(cards, self.locale, request.GET.get("other", ""))
        return self.render(
            request,
            template="resources/card_sheet.html",
            context_overrides={"cards": cards, **sides},
        )


def card_sides(cards, page_locale, asked):
    """The two sides of each printed card: English first, then the reader's language
    (the page's, or on an English page the one asked for in `?other=`, by default the
    first translation there is). Also the languages to offer, as (code, name)."""
    keys = [card.translation_key for card in cards]
    versions = {}
    for card in KnowYourRightsCard.objects.filter(translation_key__in=keys).select_related(
        "locale"
    ):
        versions.setdefault(card.locale.language_code, {})[card.translation_key] = card
    english = settings.LANGUAGE_CODE
    names = dict(settings.LANGUAGES)
    offered = [(code, names.get(code, code)) for code in sorted(versions) if code != english]
    other = page_locale.language_code
    if other == english:
        codes = [code for code, _name in offered]
        other = asked if asked in codes else (codes[0] if codes else english)
    first = versions.get(english, {})
    second = versions.get(other, {})
    pairs = []
    for card in cards:
        front = first.get(card.translation_key, card)
        back = second.get(card.translation_key) if other != english else None
        pairs.append((front, back))
    return {
        "pairs": pairs,
        "other_language": other,
        "offered_languages": offered,
        "english": english,
    }
