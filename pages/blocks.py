"""The block library: one `BodyBlock` that every page body in the site reuses."""

from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageBlock
from wagtail_localize.segments import StringSegmentValue

#: Short rich text fields of forms and help pages: no headings, images or embeds.
#: `hotline` is the hotline element (pages/rich_text.py): the live number, never typed.
SIMPLE_RICH_TEXT = ["bold", "italic", "link", "ol", "ul", "hotline"]

RICH_TEXT_FEATURES = [
    *("h2", "h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link"),
    "hotline",
]


class FigureBlock(blocks.CharBlock):
    """A short text that is often a number, a year or a code ("400000", "2011", "%"): it
    is offered for translation only when it holds a letter, so translators are not asked
    to copy numbers (the Spanish page keeps them as typed)."""

    def get_translatable_segments(self, value):  # read by wagtail-localize
        if value and any(ch.isalpha() for ch in value):
            return [StringSegmentValue("", value)]
        return []

    def deconstruct(self):
        # Stored and migrated exactly as a CharBlock: the difference is only what
        # wagtail-localize extracts, so no migration of every body field is needed.
        _path, args, kwargs = super().deconstruct()
        return "wagtail.blocks.CharBlock", args, kwargs


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=200, label=_("Heading text"))
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Level 2")), ("h3", _("Level 3")), ("h4", _("Level 4"))],
        default="h2",
        help_text=_("Use level 2 for main sections; never skip a level."),
    )

    class Meta:
        label = _("Heading")
        icon = "title"
        template = "blocks/heading.html"
        description = _("A section heading (levels 2 to 4; the page title is level 1).")
        preview_value = {"text": "Why one day matters", "level": "h2"}


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(
        required=False,
        max_length=200,
        help_text=_("Who said it. Use a pseudonym for people at risk."),
    )

    class Meta:
        label = _("Quote")
        icon = "openquote"
        template = "blocks/quote.html"
        description = _("A quotation with its attribution.")
        preview_value = {
            "quote": "One day made the difference for my family.",
            "attribution": "A New Yorker (sample)",
        }


class PageOrURLBlock(blocks.StructBlock):
    """A struct that links to exactly one of a page of this site (`page`) or another
    address (`url`). Subclasses declare both fields."""

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            message = _("Choose either a page or an address, not both.")
            raise StructBlockValidationError(
                block_errors={"page": ValidationError(message), "url": ValidationError(message)}
            )
        return value


class CallToActionBlock(PageOrURLBlock):
    heading = blocks.CharBlock(max_length=120)
    text = blocks.TextBlock(required=False)
    link_text = blocks.CharBlock(max_length=60)
    page = blocks.PageChooserBlock(required=False, help_text=_("Link to a page of this site…"))
    url = blocks.URLBlock(required=False, help_text=_("…or to another address."))

    class Meta:
        label = _("Call to action")
        icon = "pick"
        template = "blocks/call_to_action.html"
        description = _("A prominent invitation to act, linking to a page or address.")
        preview_value = {
            "heading": "Need legal advice?",
            "text": "Our hotline answers questions about immigration consequences.",
            "link_text": "Get legal help",
            "url": "https://example.org/",
        }


class HotlineBlock(blocks.StructBlock):
    """The legal advice hotline as the Help line has it: the approved number and its
    hours in the reader's language. Editors never type the number."""

    heading = blocks.CharBlock(
        required=False,
        max_length=120,
        help_text=_('Defaults to "Legal advice hotline".'),
    )
    text = blocks.TextBlock(
        required=False,
        help_text=_(
            "A sentence before the number, e.g. who should call. Do not type the number: "
            "the block shows the approved one."
        ),
    )

    class Meta:
        label = _("Hotline")
        icon = "mobile-alt"
        template = "blocks/hotline.html"
        description = _("The hotline's number and hours, always the ones the Help line has.")
        preview_value = {
            "heading": "Need legal advice?",
            "text": "Call us before you plead guilty.",
        }


class KeyFigureBlock(blocks.StructBlock):
    figure = FigureBlock(max_length=40, help_text=_('The number itself, e.g. "34,000".'))
    label = blocks.CharBlock(max_length=200, help_text=_("What the number counts."))
    period = blocks.CharBlock(
        required=False,
        # Figures saved before this field existed read as "" (translation tools need a
        # string, not None).
        default="",
        max_length=80,
        help_text=_(
            'When it was counted, e.g. "2007–2012" or "since 12 April 2019". A count '
            '"in five years" without the years tells readers nothing they can check.'
        ),
    )
    source = blocks.CharBlock(required=False, max_length=200, help_text=_("Where it comes from."))

    class Meta:
        label = _("Key figure")
        icon = "pick"
        template = "blocks/key_figure.html"
        description = _("A single striking number with its label, its years and its source.")
        preview_value = {
            "figure": "34,000",
            "label": "people deported whose most serious conviction was marijuana possession",
            "period": "2007–2012",
            "source": "Human Rights Watch",
        }


class FAQItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(max_length=300)
    answer = blocks.RichTextBlock(features=RICH_TEXT_FEATURES)


class FAQBlock(blocks.StructBlock):
    heading = blocks.CharBlock(required=False, max_length=200)
    items = blocks.ListBlock(FAQItemBlock(), min_num=1, label=_("Questions"))

    class Meta:
        label = _("Questions and answers")
        icon = "help"
        template = "blocks/faq.html"
        description = _("Questions and answers that readers open one at a time.")
        preview_value = {
            "heading": "Questions and answers",
            "items": [{"question": "Does this apply to me?", "answer": "<p>It may.</p>"}],
        }


def newest_image():
    """The block picker's sample image: the newest image of the library, if any."""
    from wagtail.images import get_image_model

    image = get_image_model().objects.order_by("-created_at").first()
    alt_text = image.default_alt_text if image else ""
    return {"image": image, "alt_text": alt_text or "Sample image", "decorative": False}


def newest_document():
    """The block picker's sample document: the newest document of the library, if any."""
    from wagtail.documents import get_document_model

    document = get_document_model().objects.order_by("-created_at").first()
    return {"document": document, "title": "Annual report (sample)"}


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock()
    title = blocks.CharBlock(
        required=False, max_length=200, help_text=_("Defaults to the document's own title.")
    )

    class Meta:
        label = _("Document download")
        icon = "doc-full"
        template = "blocks/document.html"
        description = _("A file to download, shown with its type and size.")
        # The picker shows the newest document of the library (none yet: an empty line).
        preview_value = staticmethod(newest_document)


class TitledEmbedBlock(blocks.StructBlock):
    title = blocks.CharBlock(
        max_length=200,
        help_text=_("Describes the embedded content for screen-reader users. Required."),
    )
    # A link, not an iframe: public pages make no third-party requests, so the reader
    # chooses to leave for the video's own site.
    url = blocks.URLBlock(help_text=_("The address of the video or media on its own site."))
    description = blocks.TextBlock(required=False, help_text=_("What it shows, in a sentence."))

    class Meta:
        label = _("Media link")
        icon = "media"
        template = "blocks/embed.html"
        description = _("A video or other media, shown as a titled link so no outside site loads.")
        preview_value = {
            "title": "Know your rights: a two-minute video",
            "url": "https://www.immigrantdefenseproject.org/",
            "description": "What to say, and not say, if immigration agents come to your door.",
        }


def parse_number(raw):
    """Read an editor-typed figure such as "34,000", "12.5" or "40%"; None if not a number."""
    text = str(raw or "").strip().replace(",", "").rstrip("%").strip()
    if not text:
        return None
    try:
        number = Decimal(text)
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


class ChartRowBlock(blocks.StructBlock):
    label = FigureBlock(max_length=80)
    value = FigureBlock(
        max_length=30, help_text=_('A number, e.g. "34000" or "12.5". Commas are allowed.')
    )

    def clean(self, value):
        value = super().clean(value)
        if not str(value.get("value") or "").strip():
            # Missing is the required check's to report: Wagtail skips it while the
            # editor autosaves a draft, and so must this one.
            return value
        number = parse_number(value.get("value"))
        if number is None or number < 0:
            raise StructBlockValidationError(
                block_errors={
                    "value": ValidationError(_("Enter a number of zero or more, e.g. 34000."))
                }
            )
        return value


class ChartBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=200)
    unit = FigureBlock(required=False, max_length=40, help_text=_('e.g. "people" or "%".'))
    rows = blocks.ListBlock(ChartRowBlock(), min_num=1, max_num=20, label=_("Rows"))
    source = blocks.CharBlock(required=False, max_length=200)

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["bars"] = chart_bars(value.get("rows") or [])
        return context

    class Meta:
        label = _("Bar chart")
        icon = "table"
        template = "blocks/chart.html"
        description = _("A bar chart drawn from a small table you type; the table stays readable.")
        preview_value = {
            "title": "Deportations by year (sample)",
            "unit": "people",
            "rows": [{"label": "2011", "value": "400000"}, {"label": "2012", "value": "410000"}],
        }


CHART_BAR_HEIGHT = 32
CHART_LABEL_WIDTH = 180
CHART_MAX_BAR = 320


def chart_bars(rows):
    """Geometry for the SVG bars; rows whose value is not a number are skipped, not fatal."""
    parsed = [(row.get("label", ""), parse_number(row.get("value"))) for row in rows]
    parsed = [(label, number) for label, number in parsed if number is not None]
    top = max((number for _, number in parsed), default=0)
    bars = []
    for index, (label, number) in enumerate(parsed):
        share = float(number / top) if top else 0.0
        bars.append(
            {
                "label": label,
                "value": number,
                "y": index * CHART_BAR_HEIGHT,
                "width": round(share * CHART_MAX_BAR, 1),
                "x": CHART_LABEL_WIDTH,
                "value_x": round(CHART_LABEL_WIDTH + share * CHART_MAX_BAR + 6, 1),
            }
        )
    return {"items": bars, "height": max(len(bars), 1) * CHART_BAR_HEIGHT}


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES,
        icon="pilcrow",
        template="blocks/paragraph.html",
        description=_("Formatted text with links and lists."),
        preview_value=(
            "<p>A <strong>criminal case</strong> can lead to deportation. "
            '<a href="https://www.immigrantdefenseproject.org/">Get advice</a> first.</p>'
        ),
    )
    image = ImageBlock(
        template="blocks/image.html",
        description=_("An image with alternative text, or marked as decorative."),
        preview_value=newest_image,
    )
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()
    hotline = HotlineBlock()
    key_figure = KeyFigureBlock()
    faq = FAQBlock()
    document = DocumentBlock()
    embed = TitledEmbedBlock()
    chart = ChartBlock()
