"""What a tracked bill does, said plainly by staff in each language.

The bill's official title and summary come from the legislature, in English, and stay
as published (marked `lang="en"` on pages in other languages). Beside them, staff write
a short plain-language summary: the English one first, then its translation through
wagtail-localize (the snippet's "Translate" action), like the pages."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField

from campaigns.legislation.models import Bill


class BillPlainSummary(TranslatableMixin, models.Model):
    """Staff's plain-language summary of one tracked bill, in one language."""

    bill = models.ForeignKey(
        Bill,
        on_delete=models.CASCADE,
        related_name="plain_summaries",
        help_text=_("The bill this explains; its translations explain the same bill."),
    )
    summary = models.TextField(
        help_text=_(
            "What the bill would change for the people who read this site, in two to four "
            "short sentences and everyday words. Say what it does not do too, and end with "
            "the hotline where a reader may need a lawyer. The official summary is shown "
            "below it."
        )
    )

    panels = [FieldPanel("bill"), FieldPanel("summary")]
    # Every translation explains the same bill: the bill is copied, never translated.
    override_translatable_fields = [SynchronizedField("bill", overridable=False)]

    class Meta(TranslatableMixin.Meta):
        app_label = "campaigns"
        verbose_name = _("plain-language bill summary")
        verbose_name_plural = _("plain-language bill summaries")
        constraints = [
            models.UniqueConstraint(
                fields=["bill", "locale"], name="unique_plain_summary_per_bill_and_language"
            )
        ]

    def __str__(self):
        return f"{self.bill.display_number}: {self.summary[:60]}"

    @classmethod
    def for_reader(cls, bill, locale_id):
        """The summary of `bill` in the language of `locale_id`, else the one it was
        written in first (shown marked with its own language), else None. One query."""
        summaries = list(cls.objects.filter(bill=bill).order_by("pk"))
        own = [s for s in summaries if s.locale_id == locale_id]
        return (own or summaries or [None])[0]
