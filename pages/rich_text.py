"""The hotline element of rich text: editors insert it (the phone button of the toolbar)
where a sentence names the hotline, and readers see the Help line's live number there.

Stored as an empty link of its own type, `<a linktype="hotline"></a>`, so the stored text
holds no number: Wagtail's link rewriter writes the link and the number when the page is
shown. Being an inline `<a>`, it stays inside its sentence when wagtail-localize offers
the sentence for translation, and translators move it where their language needs it."""

from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from draftjs_exporter.dom import DOM
from wagtail.admin.rich_text.converters.html_to_contentstate import (
    KEEP_WHITESPACE,
    InlineEntityElementHandler,
)
from wagtail.admin.rich_text.editors.draftail import features as draftail_features
from wagtail.rich_text import LinkHandler

from pages.shell import help_line as live_help_line

FEATURE = "hotline"
ENTITY_TYPE = "HOTLINE"
STORED = '<a linktype="hotline"></a>'


class HotlineLinkHandler(LinkHandler):
    """Writes the hotline element as the live number, linked for phones."""

    identifier = FEATURE

    @staticmethod
    def expand_db_attributes(attrs):
        line = live_help_line()
        # The rewriter replaces the opening tag only: the number goes after it, and the
        # stored element's own `</a>` closes the link.
        return format_html('<a class="tel" href="tel:{}" data-hotline="">{}', line.tel, line.number)


class HotlineElementHandler(InlineEntityElementHandler):
    """Reads a stored hotline element into the editor as an entity over a short label
    (Draft.js entities need characters to sit on)."""

    mutability = "IMMUTABLE"

    def handle_starttag(self, name, attrs, state, contentstate):
        super().handle_starttag(name, attrs, state, contentstate)
        state.current_block.text += gettext("Hotline number")
        state.leading_whitespace = KEEP_WHITESPACE


def hotline_entity_decorator(props):
    """Stores the entity as an empty hotline link: the label is dropped, never the number."""
    return DOM.create_element("a", {"linktype": FEATURE})


def register(features):
    """The `hotline` rich text feature (called from the `register_rich_text_features` hook)."""
    features.register_link_type(HotlineLinkHandler)
    control = {
        "type": ENTITY_TYPE,
        "icon": "mobile-alt",
        "description": _("Hotline number"),
    }
    features.register_editor_plugin(
        "draftail",
        FEATURE,
        draftail_features.EntityFeature(control, js=["pages/js/hotline-entity.js"]),
    )
    features.register_converter_rule(
        "contentstate",
        FEATURE,
        {
            "from_database_format": {'a[linktype="hotline"]': HotlineElementHandler(ENTITY_TYPE)},
            "to_database_format": {"entity_decorators": {ENTITY_TYPE: hotline_entity_decorator}},
        },
    )
