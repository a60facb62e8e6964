"""The main menu and the footer links, edited by staff: order, labels, per language."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.models import DraftStateMixin, Orderable, RevisionMixin, TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from pages.addresses import validate_link_address


class NavigationMenu(DraftStateMixin, RevisionMixin, TranslatableMixin, ClusterableModel):
    """One menu of one language: the header's main menu or the footer's links. Items are
    dragged into order in the editor. Without a main menu for a language, the header
    lists the home page's children marked "Show in menus".

    Drafts and publishing: a translation started in wagtail-localize is a draft, so the
    header keeps showing the reader's own pages until the translated menu is published
    (not the source language's labels and links at once)."""

    class Slot(models.TextChoices):
        MAIN = "main", _("Main menu (header)")
        FOOTER = "footer", _("Footer links")

    slot = models.CharField(_("where"), max_length=10, choices=Slot.choices)

    panels = [FieldPanel("slot"), InlinePanel("items", label=_("Links"))]

    translatable_fields = [SynchronizedField("slot"), TranslatableField("items")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("menu")
        verbose_name_plural = _("menus")
        constraints = [
            models.UniqueConstraint(
                fields=["slot", "locale"], name="one_menu_per_slot_and_language"
            )
        ]

    def __str__(self):
        return f"{self.get_slot_display()} ({self.locale.get_display_name()})"


class NavigationMenuItem(TranslatableMixin, Orderable):
    """A link of a menu: to a page of the site (followed when it moves) or an address.

    Translatable so wagtail-localize offers its label as a string to translate; the page
    is kept as chosen and shown in the reader's language when the menu is drawn."""

    menu = ParentalKey(NavigationMenu, on_delete=models.CASCADE, related_name="items")
    page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("A page of the site. Hidden while the page is not published."),
    )
    url = models.CharField(
        _("address"),
        max_length=500,
        blank=True,
        validators=[validate_link_address],
        help_text=_(
            "Or an address: a full one (https://…) for a page elsewhere, or one on this "
            "site starting with / (such as /en/contact/) for what no page chooser reaches."
        ),
    )
    label = models.CharField(
        max_length=60, blank=True, help_text=_("Shown in the menu. Defaults to the page's title.")
    )

    panels = [FieldPanel("page"), FieldPanel("url"), FieldPanel("label")]

    translatable_fields = [
        TranslatableField("label"),
        SynchronizedField("page"),
        SynchronizedField("url"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("menu link")

    def clean(self):
        super().clean()
        if bool(self.page_id) == bool(self.url):
            raise ValidationError(_("Choose a page or type an address (one of the two)."))
        if self.url and not self.label:
            raise ValidationError({"label": _("Give a label to a link to an address.")})
