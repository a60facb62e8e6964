"""General pages: about, contact, background texts."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from pages.blocks import BodyBlock

from .base import BasePage


class StandardPage(BasePage):
    """A general page with an introduction and a flexible body."""

    intro = models.TextField(blank=True, help_text=_("A short lead paragraph."))
    body = StreamField(BodyBlock(), blank=True)

    parent_page_types = ["pages.HomePage", "pages.StandardPage"]

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    class Meta:
        verbose_name = _("standard page")

    @property
    def listing_summary(self):
        return self.search_description or self.intro
