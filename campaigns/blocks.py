"""Blocks for a campaign's resources: what advocates read, share and sign."""

import copy
from contextlib import contextmanager
from contextvars import ContextVar

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError

from pages.blocks import FAQBlock, PageOrURLBlock

# Pages already read for the links of one stream, by id (see `load_resources`).
_known_pages = ContextVar("known_pages", default=None)


class ResourceLinkBlock(PageOrURLBlock):
    title = blocks.CharBlock(
        required=False, max_length=200, help_text=_("Defaults to the chosen page's title.")
    )
    page = blocks.PageChooserBlock(required=False, help_text=_("A page of this site…"))
    url = blocks.URLBlock(required=False, help_text=_("…or another address."))
    description = blocks.TextBlock(required=False, help_text=_("One sentence on what it is."))

    def clean(self, value):
        value = super().clean(value)
        if value.get("url") and not value.get("title"):
            raise StructBlockValidationError(
                block_errors={"title": ValidationError(_("Give a title to an outside link."))}
            )
        return value

    def bulk_to_python(self, values):
        """As StructBlock's, but takes the chosen pages from `load_resources` when it
        read them for the whole stream (one query for every kind of link, instead of
        one per kind)."""
        known = _known_pages.get()
        if known is None:
            return super().bulk_to_python(values)
        values = list(values)
        converted = super().bulk_to_python(
            [{k: v for k, v in value.items() if k != "page"} for value in values]
        )
        for value, struct in zip(values, converted, strict=True):
            page = known.get(value.get("page"))
            struct["page"] = copy.copy(page) if page is not None else None
        return converted

    class Meta:
        icon = "link"
        template = "campaigns/blocks/resource_link.html"


class ResourcesBlock(blocks.StreamBlock):
    background = ResourceLinkBlock(
        label=_("Background"), description=_("A page explaining the issue.")
    )
    faq = FAQBlock(label=_("Questions and answers"))
    statement = ResourceLinkBlock(
        label=_("Statement of support"),
        description=_("The statement supporters sign."),
        icon="doc-full",
    )
    partner_report = ResourceLinkBlock(
        label=_("Partner report"), description=_("A report by a partner, e.g. a bar association.")
    )
    story = ResourceLinkBlock(
        label=_("Story"), description=_("A story of someone the campaign is about."), icon="user"
    )


@contextmanager
def _pages_for_links(page_ids):
    from wagtail.models import Page

    token = _known_pages.set(Page.objects.in_bulk(page_ids) if page_ids else {})
    try:
        yield
    finally:
        _known_pages.reset(token)


def load_resources(stream_value):
    """Convert a resources stream now, reading the pages its links choose in one query
    (the template then reads the converted blocks). Returns the stream value."""
    page_ids = {
        item["value"].get("page")
        for item in stream_value.raw_data
        if isinstance(item.get("value"), dict) and isinstance(item["value"].get("page"), int)
    }
    with _pages_for_links(page_ids):
        for _block in stream_value:
            pass
    return stream_value
