"""Reports: the organization's published research, with their files and credits."""

import datetime
from urllib.parse import urlencode

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, MultipleChooserPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from pages.blocks import BodyBlock
from pages.keyset import KeysetPaginator
from pages.locales import locale_codes

from .base import BasePage, public_only
from .snippets import Partner, PartnerLink, Topic, TopicLink, in_language

REPORTS_PER_PAGE = 10
#: Newest first; the id breaks ties. Served by the (publication_date, id) index.
REPORT_ORDER = [("publication_date", True), ("pk", True)]


class FilterSelect(forms.Select):
    """A `Select` whose options are written in its own template rather than through
    one included template each, as Django's are: the same elements for a list without
    groups, for a fifth of the cost per option (the partner and year filters grow with
    the library: 40 partners and 27 years made a third of the index's render)."""

    template_name = "pages/widgets/filter_select.html"
    #: {value: language code} of choices named in another language than the page's.
    languages = {}

    def create_option(self, name, value, label, selected, index, subindex=None, attrs=None):
        option = super().create_option(name, value, label, selected, index, subindex, attrs)
        code = self.languages.get(str(value))
        if code and code != get_language():
            option["attrs"]["lang"] = code
        return option


class ReportFilterForm(forms.Form):
    """The report index filters. Built from the query string, so they work without
    JavaScript; an unknown value is reported and ignored, never an error page."""

    topic = forms.ChoiceField(label=_("Topic"), required=False, widget=FilterSelect)
    year = forms.TypedChoiceField(
        label=_("Year"), required=False, coerce=int, empty_value=None, widget=FilterSelect
    )
    partner = forms.ChoiceField(label=_("Partner"), required=False, widget=FilterSelect)

    def __init__(self, data, topics, years, partners):
        """`topics` and `partners` are (slug, name, language code) triples, `years`
        numbers."""
        super().__init__(data)
        self.fields["topic"].choices = [("", _("All topics")), *[c[:2] for c in topics]]
        self.fields["year"].choices = [("", _("All years"))] + [(str(y), str(y)) for y in years]
        self.fields["partner"].choices = [("", _("All partners")), *[c[:2] for c in partners]]
        self.fields["topic"].widget.languages = {slug: code for slug, _n, code in topics}
        self.fields["partner"].widget.languages = {slug: code for slug, _n, code in partners}
        for name, field in self.fields.items():
            field.error_messages["invalid_choice"] = _(
                "That %(field)s is not in the list, so it was not used. Choose one from the list."
            ) % {"field": field.label.lower()}
            field.widget.attrs["id"] = f"filter-{name}"

    def valid_filters(self):
        """The filters that parsed, even when another one did not."""
        self.is_valid()
        return {k: v for k, v in getattr(self, "cleaned_data", {}).items() if v not in ("", None)}


class ReportIndexPage(BasePage):
    """Lists the reports, newest first, with filters by topic, year and partner."""

    intro = models.TextField(blank=True, help_text=_("A short lead paragraph."))

    parent_page_types = ["pages.HomePage"]
    subpage_types = ["pages.ReportPage"]
    max_count_per_parent = 1

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    class Meta:
        verbose_name = _("report index")

    @property
    def listing_summary(self):
        return self.search_description or self.intro

    def reports(self, request=None):
        return public_only(ReportPage.objects.child_of(self).live(), request)

    def filter_choices(self, request=None):
        """The topics, years and partners the filters offer: the topics and partners of
        at least one report, as (slug, name, language code) in the page's language where
        they have a translation (the reports may link the source language's ones, as
        wagtail-localize copies them), and years."""
        reports = self.reports(request)
        topic_ids = self.report_link_ids(ReportTopic, "topic_id", reports)
        partner_ids = self.report_link_ids(ReportPartner, "partner_id", reports)
        return {
            "topics": self._choices(Topic.objects.filter(pk__in=topic_ids)),
            "years": self.report_years(reports),
            "partners": self._choices(Partner.objects.filter(pk__in=partner_ids)),
        }

    def report_years(self, reports):
        """The years with reports, newest first."""
        return [d.year for d in reports.dates("publication_date", "year", order="DESC")]

    def _choices(self, snippets):
        """(slug, name, language code) of each snippet in the page's language, one per
        slug (slugs are the same in every language), by name."""
        codes = locale_codes()
        chosen = {}
        for snippet in in_language(snippets, self.locale_id):
            if snippet.slug not in chosen or snippet.locale_id == self.locale_id:
                chosen[snippet.slug] = snippet
        return sorted(
            ((s.slug, s.name, codes.get(s.locale_id, "")) for s in chosen.values()),
            key=lambda choice: choice[1].casefold(),
        )

    def report_link_ids(self, link_model, column, reports):
        """The ids of the topics or partners (`column` of `link_model`) of at least one
        of `reports`."""
        ids = link_model.objects.filter(page__in=reports).values_list(column)
        return sorted({snippet_id for (snippet_id,) in ids})

    def filter_form(self, data, request=None):
        choices = self.filter_choices(request)
        return ReportFilterForm(data, choices["topics"], choices["years"], choices["partners"])

    def filtered_reports(self, filters, request=None):
        # Topic and partner filters are semi-joins (`pk__in`), so no DISTINCT is needed
        # and PostgreSQL can walk the publication date index for the newest reports.
        reports = self.reports(request)
        if "topic" in filters:
            reports = reports.filter(
                pk__in=ReportTopic.objects.filter(topic__slug=filters["topic"]).values("page_id")
            )
        if "partner" in filters:
            reports = reports.filter(
                pk__in=ReportPartner.objects.filter(partner__slug=filters["partner"]).values(
                    "page_id"
                )
            )
        if "year" in filters:
            reports = reports.filter(publication_date__year=filters["year"])
        return reports.order_by("-publication_date", "-pk")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        form = self.filter_form(request.GET, request)
        filters = form.valid_filters()
        matching = self.filtered_reports(filters, request).defer_streamfields()
        paginator = KeysetPaginator(
            matching,
            REPORT_ORDER,
            REPORTS_PER_PAGE,
            count=lambda: matching.order_by().count(),
        )
        page_obj = paginator.page(request.GET, filters)
        context.update(
            filter_form=form,
            filters=filters,
            page_obj=page_obj,
            reports=page_obj.object_list,
            querystring_base=urlencode(filters),
        )
        return context


class ReportPage(BasePage):
    """A published report: summary, key findings, the downloadable file, credits."""

    serve_select_related = ("cover_image", "report_file")

    publication_date = models.DateField(
        default=datetime.date.today,
        db_index=True,
        help_text=_("When the report was released; the index sorts and filters by it."),
    )
    summary = models.TextField(help_text=_("A short abstract shown at the top and in listings."))
    key_findings = StreamField(
        [("finding", blocks.TextBlock(label=_("Finding")))],
        blank=True,
        help_text=_("Optional. The main findings, one sentence or two each."),
    )
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Optional. The report's cover; also used for link previews."),
    )
    report_file = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The full report to download (usually a PDF). Its type and size are shown."),
    )
    body = StreamField(BodyBlock(), blank=True)

    parent_page_types = ["pages.ReportIndexPage"]
    subpage_types = []
    og_type = "article"

    content_panels = Page.content_panels + [
        FieldPanel("publication_date"),
        FieldPanel("summary"),
        FieldPanel("key_findings"),
        MultiFieldPanel([FieldPanel("cover_image"), FieldPanel("report_file")], heading=_("Files")),
        FieldPanel("body"),
        InlinePanel(
            "authors",
            label=_("Authors"),
            help_text=_("Choose a person, or type a name for an author without a profile."),
        ),
        MultipleChooserPanel("partner_links", chooser_field_name="partner", label=_("Partners")),
        MultipleChooserPanel("topic_links", chooser_field_name="topic", label=_("Topics")),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("key_findings"),
        index.SearchField("body"),
        index.FilterField("publication_date"),
    ]

    class Meta:
        verbose_name = _("report")
        # The index walks this newest first (both columns descending, read backwards),
        # a page at a time: the listing's order with its tie-breaker.
        indexes = [models.Index(fields=["publication_date", "page_ptr"], name="report_newest")]

    @property
    def listing_summary(self):
        return self.search_description or self.summary

    @property
    def share_image(self):
        return self.cover_image

    def author_list(self):
        """The authors with their profiles, read once per instance (the page and its
        structured data both show them)."""
        if not hasattr(self, "_author_list"):
            self._author_list = list(self.authors.select_related("person"))
        return self._author_list

    def author_names(self):
        return [a.display_name for a in self.author_list()]

    def _people_and_topics(self):
        topics = [link.topic for link in self.topic_links.select_related("topic")]
        return self.author_list(), in_language(topics, self.locale_id)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        authors, topics = self._people_and_topics()
        context.update(authors=authors, partners=self.partners(), topics=topics)
        return context

    def partner_rows(self):
        """The partner links with their partners and logos, read once per instance (the
        page and its structured data both show them)."""
        if not hasattr(self, "_partner_rows"):
            links = self.partner_links.select_related("partner", "partner__logo")
            self._partner_rows = list(links.prefetch_related("partner__logo__renditions"))
        return self._partner_rows

    def partners(self):
        """The partners credited, in the page's language where translated."""
        return in_language(
            [link.partner for link in self.partner_rows()],
            self.locale_id,
            Partner.objects.select_related("logo").prefetch_related("logo__renditions"),
        )

    def structured_data(self, url, image_url=None, organization=None):
        data = {
            "@context": "https://schema.org",
            "@type": "Report",
            "name": self.title,
            "headline": self.title,
            "description": self.listing_summary,
            "datePublished": self.publication_date.isoformat(),
            "url": url,
            "inLanguage": locale_codes().get(self.locale_id, ""),
            "author": [author.schema_org() for author in self.author_list()],
        }
        partners = [link.partner for link in self.partner_rows()]
        if partners:
            # Partners published it with us: organizations, never people.
            data["contributor"] = [partner_schema_org(partner) for partner in partners]
        if organization:
            data["publisher"] = organization
        if image_url:
            data["image"] = image_url
        return data


class ReportAuthor(Orderable):
    """An author of a report: a person with a profile, or a plain name."""

    page = ParentalKey(ReportPage, on_delete=models.CASCADE, related_name="authors")
    person = models.ForeignKey(
        "pages.Person",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A person with a profile…"),
    )
    name = models.CharField(
        max_length=160, blank=True, help_text=_("…or a name, for an author without a profile.")
    )

    is_organization = models.BooleanField(
        _("the author is an organization"),
        default=False,
        help_text=_(
            "Tick when the name above is an organization (IDP, a partner, a bar "
            "association), so search engines are told it is one and not a person."
        ),
    )

    panels = [FieldPanel("person"), FieldPanel("name"), FieldPanel("is_organization")]

    def clean(self):
        super().clean()
        if bool(self.person_id) == bool(self.name.strip()):
            raise ValidationError(_("Choose a person or type a name (one of the two)."))
        if self.person_id and self.is_organization:
            raise ValidationError(
                {"is_organization": _("A person with a profile is not an organization.")}
            )

    @property
    def display_name(self):
        return self.person.name if self.person_id else self.name

    def schema_org(self):
        """The author as schema.org structured data: a Person or an Organization."""
        kind = "Organization" if self.is_organization and not self.person_id else "Person"
        return {"@type": kind, "name": self.display_name}


def partner_schema_org(partner):
    """A partner organization as schema.org structured data."""
    data = {"@type": "Organization", "name": partner.name}
    if partner.url:
        data["url"] = partner.url
    return data


class ReportTopic(TopicLink):
    page = ParentalKey(ReportPage, on_delete=models.CASCADE, related_name="topic_links")


class ReportPartner(PartnerLink):
    page = ParentalKey(ReportPage, on_delete=models.CASCADE, related_name="partner_links")
