"""The home page: the organization's front door."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page

from pages.blocks import BodyBlock

from .base import BasePage, public_only

#: Apps add a "latest items" section to the home page by registering a function under
#: this hook name. It receives the home page and the request and returns None or a dict
#: with `heading`, `items` (pages) and optionally `more_url`. Each function must run a
#: fixed number of queries, whatever the amount of content.
HOME_SECTIONS_HOOK = "home_page_sections"


class HomePage(BasePage):
    """The single home page of each language tree."""

    serve_select_related = ("hero_image", "hero_link_page")

    hero_heading = models.CharField(max_length=160, help_text=_("The main message, in a line."))
    hero_text = models.TextField(blank=True, help_text=_("One or two sentences under it."))
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Optional. A calm, consented photograph; it is decorative here."),
    )
    hero_link_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Optional button under the hero text."),
    )
    hero_link_text = models.CharField(max_length=60, blank=True)
    body = StreamField(BodyBlock(), blank=True)
    footer_text = models.TextField(
        blank=True,
        help_text=_(
            "A short line about the organization under its name in the footer of every "
            "page in this home page's language. Translate it with the page."
        ),
    )

    parent_page_types = ["wagtailcore.Page"]

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("hero_heading"),
                FieldPanel("hero_text"),
                FieldPanel("hero_image"),
                PageChooserPanel("hero_link_page"),
                FieldPanel("hero_link_text"),
            ],
            heading=_("Hero"),
        ),
        InlinePanel("featured_items", label=_("Featured items"), max_num=6),
        FieldPanel("body"),
        FieldPanel("footer_text"),
    ]

    class Meta:
        verbose_name = _("home page")

    @classmethod
    def can_create_at(cls, parent):
        # One home page per language: only under the tree root, and only one there per
        # locale (translations are created by the translation workflow, not by hand).
        return (
            super().can_create_at(parent) and not cls.objects.filter(locale=parent.locale).exists()
        )

    def featured_pages(self, request=None):
        ids = [item.featured_page_id for item in self.featured_items.all() if item.featured_page_id]
        live = public_only(Page.objects.live().filter(pk__in=ids), request)
        pages = {p.pk: p for p in live.specific()}
        return [pages[pk] for pk in ids if pk in pages]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        sections = [fn(self, request) for fn in hooks.get_hooks(HOME_SECTIONS_HOOK)]
        context["sections"] = [s for s in sections if s and s.get("items")]
        context["featured_pages"] = self.featured_pages(request)
        return context


class HomePageFeaturedItem(Orderable):
    page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_items")
    featured_page = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("A report, campaign, story or page to feature on the home page."),
    )

    panels = [PageChooserPanel("featured_page")]
