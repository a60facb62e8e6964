"""Blocks for a campaign's resources: what advocates read, share and sign."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError

from pages.blocks import FAQBlock


class ResourceLinkBlock(blocks.StructBlock):
    title = blocks.CharBlock(
        required=False, max_length=200, help_text=_("Defaults to the chosen page's title.")
    )
    page = blocks.PageChooserBlock(required=False, help_text=_("A page of this site…"))
    url = blocks.URLBlock(required=False, help_text=_("…or another address."))
    description = blocks.TextBlock(required=False, help_text=_("One sentence on what it is."))

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            message = _("Choose either a page or an address, not both.")
            raise StructBlockValidationError(
                block_errors={"page": ValidationError(message), "url": ValidationError(message)}
            )
        if value.get("url") and not value.get("title"):
            raise StructBlockValidationError(
                block_errors={"title": ValidationError(_("Give a title to an outside link."))}
            )
        return value

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
