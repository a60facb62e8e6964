"""Program areas: the organization's lines of work, each gathering its reports and stories."""

from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, MultipleChooserPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from pages.blocks import BodyBlock, KeyFigureBlock

from .base import BasePage, public_only
from .reports import ReportPage, ReportTopic
from .snippets import Partner, PartnerLink, TopicLink, in_language
from .stories import StoryPage, StoryTopic

#: Other apps add items to a program area's "related" listing by registering a function
#: under this hook name, e.g. the campaigns app listing the campaigns of a program area
#: (`pages` never imports `campaigns`). The function receives the program area page and
#: the request and returns None or a dict with `heading` and `items` (pages), and
#: optionally `more_url`. It must run a fixed number of queries, however much content
#: there is. Sections with no items are not shown.
PROGRAM_AREA_RELATED_HOOK = "program_area_related"

RELATED_LIMIT = 6


class ProgramAreaIndexPage(BasePage):
    """Lists the program areas ("Our work"): one per language tree, under the home page."""

    intro = models.TextField(blank=True, help_text=_("A short lead paragraph."))

    parent_page_types = ["pages.HomePage"]
    subpage_types = ["pages.ProgramAreaPage"]
    max_count_per_parent = 1

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    class Meta:
        verbose_name = _("program area index")

    @property
    def listing_summary(self):
        return self.search_description or self.intro

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        areas = public_only(ProgramAreaPage.objects.child_of(self).live(), request)
        context["areas"] = list(areas)
        return context


class ProgramAreaPage(BasePage):
    """One line of work (drug policy reform, pre-arrest diversion...): what we do and why,
    key figures, partners, and the related reports and stories listed automatically by
    shared topic."""

    summary = models.TextField(
        help_text=_("Two or three sentences shown at the top and in listings.")
    )
    key_figures = StreamField(
        [("key_figure", KeyFigureBlock())],
        blank=True,
        help_text=_("Optional striking numbers, each with its source."),
    )
    body = StreamField(BodyBlock(), blank=True)

    parent_page_types = ["pages.ProgramAreaIndexPage"]
    subpage_types = []

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("key_figures"),
        FieldPanel("body"),
        MultipleChooserPanel(
            "topic_links",
            chooser_field_name="topic",
            label=_("Topics"),
            help_text=_("Reports and stories with these topics are listed on this page."),
        ),
        MultipleChooserPanel("partner_links", chooser_field_name="partner", label=_("Partners")),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
    ]

    class Meta:
        verbose_name = _("program area")

    @property
    def listing_summary(self):
        return self.search_description or self.summary

    def topics(self):
        return [link.topic for link in self.topic_links.select_related("topic")]

    def partners(self):
        """The partners, in the page's language where translated (see `in_language`)."""
        links = self.partner_links.select_related("partner", "partner__logo").prefetch_related(
            "partner__logo__renditions"
        )
        return in_language(
            [link.partner for link in links],
            self.locale_id,
            Partner.objects.select_related("logo").prefetch_related("logo__renditions"),
        )

    def related_sections(self, request, topic_ids):
        sections = []
        reports = []
        # Semi-joins on the topic links (`pk__in`) rather than joins and DISTINCT, so the
        # newest items come from walking the date indexes.
        if topic_ids:
            reports = list(
                public_only(ReportPage.objects.live(), request)
                .defer_streamfields()
                .filter(
                    locale_id=self.locale_id,
                    pk__in=ReportTopic.objects.filter(topic_id__in=topic_ids).values("page_id"),
                )
                .order_by("-publication_date", "-pk")[:RELATED_LIMIT]
            )
        sections.append({"heading": _("Related reports"), "items": reports})
        # The stories of this area and those sharing a topic, read apart (each the newest
        # few through an index) and merged: one query with the two joined by OR ran a
        # nested loop over every page.
        matches = [Q(program_area_id=self.pk)]
        if topic_ids:
            matches.append(
                Q(pk__in=StoryTopic.objects.filter(topic_id__in=topic_ids).values("page_id"))
            )
        newest = {}
        for match in matches:
            for story in (
                public_only(StoryPage.objects.live(), request)
                .filter(match, locale_id=self.locale_id)
                .defer_streamfields()
                # Undated last, as `_newest_first` merges them. It also keeps PostgreSQL
                # from walking every page by date (its index sorts NULLs first) when an
                # area's stories are few among the newest pages: it sorts the area's own.
                .order_by(F("first_published_at").desc(nulls_last=True), "-pk")[:RELATED_LIMIT]
            ):
                newest[story.pk] = story
        stories = sorted(newest.values(), key=_newest_first)
        sections.append({"heading": _("Related stories"), "items": stories[:RELATED_LIMIT]})
        for fn in hooks.get_hooks(PROGRAM_AREA_RELATED_HOOK):
            sections.append(fn(self, request))
        return [s for s in sections if s and s.get("items")]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        topics = self.topics()
        context["topics"] = in_language(topics, self.locale_id)
        context["partners"] = self.partners()
        context["related_sections"] = self.related_sections(request, [t.pk for t in topics])
        return context


def _newest_first(page):
    published = page.first_published_at
    return (published is None, -published.timestamp() if published else 0, -page.pk)


class ProgramAreaTopic(TopicLink):
    page = ParentalKey(ProgramAreaPage, on_delete=models.CASCADE, related_name="topic_links")


class ProgramAreaPartner(PartnerLink):
    page = ParentalKey(ProgramAreaPage, on_delete=models.CASCADE, related_name="partner_links")
