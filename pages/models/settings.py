"""Site-wide settings staff change without a deploy."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField

from .help_line import validate_hotline  # noqa: F401 (migration 0014 names it here)

# The settings' links to pages that the help bar and footer show (read with them).
HELP_AND_FOOTER_PAGES = (
    "legal_help_page",
    "attorney_page",
    "contact_page",
    "press_page",
    "privacy_page",
    "donate_page",
)


class SocialLinkBlock(blocks.StructBlock):
    name = blocks.CharBlock(max_length=40, help_text=_('Shown as the link text, e.g. "Bluesky".'))
    url = blocks.URLBlock()

    class Meta:
        icon = "link"


def _footer_page(label):
    return models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=label,
        help_text=_("A page linked from the footer of every page, in the reader's language."),
    )


@register_setting(icon="cog")
class SiteSettings(BaseSiteSetting):
    """The organization's contact details, help pages and footer, shown on every page.

    The hotline is not here: it is the reviewed Help line snippet (help_line.py), so no
    one can change it in these settings without review."""

    organization_name = models.CharField(max_length=120, default="Immigrant Defense Project")
    legal_help_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_('Where "Get legal help" in the help bar leads.'),
    )
    attorney_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_('Where "For attorneys" in the help bar leads.'),
    )
    contact_page = _footer_page(_("Contact us"))
    press_page = _footer_page(_("Press"))
    privacy_page = _footer_page(_("Privacy"))
    donate_page = _footer_page(_("Donate"))
    general_email = models.EmailField(blank=True)
    press_email = models.EmailField(blank=True)
    address = models.TextField(blank=True, help_text=_("Postal address, one line per row."))
    social_links = StreamField([("link", SocialLinkBlock())], blank=True)

    panels = [
        FieldPanel("organization_name"),
        MultiFieldPanel(
            [
                PageChooserPanel("legal_help_page"),
                PageChooserPanel("attorney_page"),
            ],
            heading=_("Help bar"),
            help_text=_(
                "The hotline number and its hours are under Help line in the menu: a "
                "change there goes live once a moderator approves it."
            ),
        ),
        MultiFieldPanel(
            [FieldPanel("general_email"), FieldPanel("press_email"), FieldPanel("address")],
            heading=_("Contact"),
        ),
        MultiFieldPanel(
            [
                PageChooserPanel("contact_page"),
                PageChooserPanel("press_page"),
                PageChooserPanel("privacy_page"),
                PageChooserPanel("donate_page"),
            ],
            heading=_("Footer links"),
        ),
        FieldPanel("social_links"),
    ]

    #: Wagtail reads these with the settings, in the same query (help bar and footer).
    select_related = HELP_AND_FOOTER_PAGES

    class Meta:
        verbose_name = _("Site settings")
