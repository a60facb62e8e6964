"""The donate page, and the settings it shows: where to give online, where to send a
check and what the tax-deductibility statement says."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField
from wagtail.models import Page

from pages.blocks import SIMPLE_RICH_TEXT
from pages.models.base import BasePage


@register_setting(icon="pick")
class DonationSettings(BaseSiteSetting):
    """How to give: changed by staff without a deploy, shown on the donate page."""

    donation_url = models.URLField(
        _("online giving link"),
        blank=True,
        help_text=_(
            "The payment processor's donation page. Readers follow a plain link: no "
            "script or form of the processor is put on this site."
        ),
    )
    processor_name = models.CharField(
        max_length=80,
        blank=True,
        help_text=_('Who processes online gifts, named on the page, e.g. "Give Lively".'),
    )
    check_payable_to = models.CharField(
        max_length=120,
        blank=True,
        help_text=_("Who checks are made out to. Leave empty to hide the check section."),
    )
    check_mailing_address = models.TextField(
        blank=True,
        help_text=_(
            "The mailing address for checks, one line per row. Leave it empty until it is "
            "confirmed: the page then tells readers how to ask for it."
        ),
    )
    tax_statement = models.TextField(
        _("tax-deductibility statement"),
        blank=True,
        help_text=_(
            "Exactly as the organization's finance staff approved it (status, EIN). "
            "Leave empty if not confirmed: the page then says to ask."
        ),
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("donation_url"), FieldPanel("processor_name")], heading=_("Online")
        ),
        MultiFieldPanel(
            [FieldPanel("check_payable_to"), FieldPanel("check_mailing_address")],
            heading=_("By check"),
        ),
        FieldPanel("tax_statement"),
    ]

    class Meta:
        verbose_name = _("Donation settings")

    @property
    def address_lines(self):
        return [line.strip() for line in self.check_mailing_address.splitlines() if line.strip()]


class DonatePage(BasePage):
    """How to give to IDP: online through the processor's own page, or by check; what
    is tax-deductible; and what the site does and does not learn about a donor."""

    intro = RichTextField(
        features=SIMPLE_RICH_TEXT,
        blank=True,
        help_text=_(
            "Why give, in a few sentences. The links and addresses come from Donation settings."
        ),
    )

    parent_page_types = ["pages.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    content_panels = Page.content_panels + [FieldPanel("intro")]

    class Meta:
        verbose_name = _("donate page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["donation"] = DonationSettings.for_request(request)
        return context
