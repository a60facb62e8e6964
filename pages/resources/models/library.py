"""The library's pages (the whole library and an audience's entry to it) and their top
resources."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, PageChooserPanel
from wagtail.models import Orderable, Page
from wagtail.search import index

from pages.models import BasePage

from .library_item import AUDIENCES
from .listing import library_listing


class LibraryIndexPage(BasePage):
    """The resource library, or one audience's entry to it ("For defenders"): curated
    top resources, then every item filtered by audience, type, topic and language."""

    intro = models.TextField(blank=True, help_text=_("A short lead paragraph."))
    audience = models.CharField(
        max_length=16,
        blank=True,
        choices=AUDIENCES,
        help_text=_(
            "Leave empty for the whole library. An audience's entry page (For defenders, "
            "For our community, For advocates) lists only what is written for it."
        ),
    )

    parent_page_types = ["pages.HomePage", "resources.LibraryIndexPage"]
    subpage_types = [
        "resources.ResourcePage",
        "resources.KnowYourRightsPage",
        "resources.QuickReferenceChartPage",
        "resources.LibraryIndexPage",
    ]

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("audience"),
        InlinePanel(
            "featured",
            label=_("Top resources"),
            help_text=_("Shown above the filtered list, in this order. Three to six work best."),
        ),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    class Meta:
        verbose_name = _("resource library")

    @property
    def listing_summary(self):
        return self.search_description or self.intro

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(library_listing(self, request))
        return context


class LibraryFeatured(Orderable):
    """A top resource of a library page, chosen by the editor."""

    page = ParentalKey(LibraryIndexPage, on_delete=models.CASCADE, related_name="featured")
    resource = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("A resource or report of the library."),
    )

    panels = [PageChooserPanel("resource")]

    class Meta(Orderable.Meta):
        verbose_name = _("top resource")
        verbose_name_plural = _("top resources")
