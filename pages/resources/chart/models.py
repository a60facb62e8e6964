"""Chart entries (the immigration consequences of one New York Penal Law section) and
the chart page that lists and searches them."""

import re
from urllib.parse import urlencode

from django.conf import settings
from django.contrib.admin import display as admin_display
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchQuery, SearchVector, SearchVectorField
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import connection, models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page
from wagtail.search import index

from pages.models import BasePage
from pages.models.base import TYPED_HOTLINE
from pages.models.help_line import live_help_line
from pages.phone_numbers import typed_hotline
from pages.resources.models.library_item import LibraryItem

#: The closed list of consequence categories: (code used in CSV files, field, label).
#: A new category is a new field and migration, never free text.
CONSEQUENCES = (
    ("aggravated_felony", _("Aggravated felony")),
    ("moral_turpitude", _("Crime involving moral turpitude")),
    ("controlled_substance", _("Controlled substance offense")),
    ("firearm", _("Firearm offense")),
    ("domestic_violence", _("Domestic violence or stalking offense")),
)
CONSEQUENCE_CODES = tuple(code for code, _label in CONSEQUENCES)

#: "220.03", "70.15", "120.05(3)", "155.30" : digits, dotted parts, optional subdivisions.
SECTION = re.compile(r"^\d{1,3}(?:\.\d{1,3}){0,2}(?:\(\w{1,4}\))*$")
#: What readers and files write before a section number: "PL", "P.L.", "NY PL",
#: "Penal Law", "NYPL", "§".
SECTION_PREFIX = re.compile(
    r"^\s*(?:N\.?\s?Y\.?\s*)?(?:P\.?\s?L\.?|Penal\s+Law)?\s*§*\s*", re.IGNORECASE
)
TEXT_SEARCH_CONFIG = "english"


def normalize_section(text):
    """The section number as the chart stores it ("PL § 220.03" -> "220.03"), or ""
    when `text` is not a section number."""
    rest = SECTION_PREFIX.sub("", str(text or ""), count=1).strip().replace(" ", "")
    return rest if SECTION.match(rest) else ""


def section_sort_key(section):
    """A key that sorts sections as numbers ("35.15" before "220.03")."""
    parts = re.findall(r"\d+|\D+", section)
    return "".join(p.zfill(5) if p.isdigit() else p for p in parts)[:40]


class ChartEntry(index.Indexed, models.Model):
    """One row of the Quick Reference Chart: a New York Penal Law section, the offense,
    the immigration consequence categories it may fall into and tips for defense
    counsel, with the date IDP's legal staff last reviewed it (and who, for the admin).
    The chart is for criminal defense attorneys and stays in English."""

    section = models.CharField(
        max_length=20,
        unique=True,
        help_text=_('The New York Penal Law section, e.g. "220.03" (without "PL" or "§").'),
    )
    offense = models.CharField(
        max_length=200,
        help_text=_(
            'The offense as the Penal Law names it, e.g. "Criminal possession of a '
            'controlled substance in the seventh degree".'
        ),
    )
    # Named by the list's labels (also the admin's filters and export columns).
    aggravated_felony = models.BooleanField(CONSEQUENCES[0][1], default=False)
    moral_turpitude = models.BooleanField(CONSEQUENCES[1][1], default=False)
    controlled_substance = models.BooleanField(CONSEQUENCES[2][1], default=False)
    firearm = models.BooleanField(CONSEQUENCES[3][1], default=False)
    domestic_violence = models.BooleanField(CONSEQUENCES[4][1], default=False)
    tips = models.TextField(
        _("tips for defense counsel"),
        blank=True,
        help_text=_(
            "What a defender can seek for the client, e.g. a sentence of 364 days or "
            'less. Write "our hotline", never its number.'
        ),
    )
    reviewed_on = models.DateField(
        help_text=_("When IDP's legal staff last checked this entry. Readers see this date."),
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Who checked it. Kept in the admin only, never shown to readers."),
    )
    sort_key = models.CharField(max_length=40, editable=False, default="")
    search_vector = SearchVectorField(null=True, editable=False)

    panels = [
        FieldPanel("section"),
        FieldPanel("offense"),
        MultiFieldPanel(
            [FieldPanel(code) for code in CONSEQUENCE_CODES],
            heading=_("Immigration consequence categories"),
            help_text=_("Tick every category the offense may fall into."),
        ),
        FieldPanel("tips"),
        FieldPanel("reviewed_on"),
        FieldPanel("reviewed_by"),
    ]
    search_fields = [
        index.SearchField("section"),
        index.SearchField("offense"),
        index.SearchField("tips"),
        index.AutocompleteField("offense"),
    ]

    class Meta:
        verbose_name = _("chart entry")
        verbose_name_plural = _("chart entries")
        ordering = ["sort_key"]
        indexes = [
            models.Index(fields=["sort_key"], name="chart_entry_sort_key"),
            # Section prefixes ("220" finds 220.03 and 220.16) read this index.
            models.Index(
                fields=["section"], name="chart_section_prefix", opclasses=["varchar_pattern_ops"]
            ),
            GinIndex(fields=["search_vector"], name="chart_search_vector_gin"),
        ]

    def __str__(self):
        return f"PL {self.section} {self.offense}"

    def save(self, *args, **kwargs):
        self.sort_key = section_sort_key(self.section)
        super().save(*args, **kwargs)
        update_search_vectors(ChartEntry.objects.filter(pk=self.pk))

    @property
    def consequences(self):
        """The labels of the categories this entry falls into, in the list's order."""
        return [label for code, label in CONSEQUENCES if getattr(self, code)]

    @admin_display(description=_("Consequences"))
    def consequence_list(self):
        return ", ".join(str(label) for label in self.consequences)

    def clean(self):
        super().clean()
        errors = {}
        section = normalize_section(self.section)
        if section:
            self.section = section
        else:
            errors["section"] = _('Write a Penal Law section number, e.g. "220.03".')
        number = live_help_line().number
        for name in ("offense", "tips"):
            typed = typed_hotline(getattr(self, name), number)
            if typed:
                errors[name] = ValidationError(TYPED_HOTLINE, params={"typed": typed[0]})
        if errors:
            raise ValidationError(errors)


def update_search_vectors(queryset):
    """Fill the stemmed words of each entry (PostgreSQL; elsewhere search reads the
    columns themselves)."""
    if connection.vendor != "postgresql":
        return
    queryset.update(
        search_vector=SearchVector("section", weight="A", config=TEXT_SEARCH_CONFIG)
        + SearchVector("offense", weight="A", config=TEXT_SEARCH_CONFIG)
        + SearchVector("tips", weight="B", config=TEXT_SEARCH_CONFIG)
    )


class QuickReferenceChartPage(LibraryItem, BasePage):
    """The Quick Reference Chart for criminal defense attorneys: every entry, searchable
    by section number or by words, under the chart's notice that it is general
    information and that IDP will talk through the attorney's own client's case."""

    intro = models.TextField(
        blank=True, help_text=_("A sentence or two above the chart: what it covers, which edition.")
    )

    parent_page_types = ["pages.HomePage", "pages.StandardPage", "resources.LibraryIndexPage"]
    subpage_types = []

    content_panels = (
        Page.content_panels
        + [FieldPanel("intro")]
        + LibraryItem.library_panels
        + LibraryItem.review_panels
    )
    search_fields = Page.search_fields + [index.SearchField("intro")]

    #: Entries per page of the chart.
    per_page = 25

    class Meta:
        verbose_name = _("quick reference chart page")

    @property
    def listing_summary(self):
        return self.search_description or self.intro

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(chart_search(request.GET))
        return context


def chart_search(params):
    """What the chart page shows for its query string: `query`, the `page_obj` of
    entries and whether the query was read as a section number."""
    # Printable characters only: PostgreSQL refuses a NUL in a string.
    query = "".join(ch for ch in params.get("q") or "" if ch.isprintable()).strip()[:100]
    entries, by_section = search_entries(query)
    page_obj = Paginator(entries, QuickReferenceChartPage.per_page).get_page(params.get("page"))
    querystring_base = urlencode({"q": query}) if query else ""
    return {
        "query": query,
        "page_obj": page_obj,
        "by_section": by_section,
        "querystring_base": querystring_base,
    }


def search_entries(query):
    """(entries matching `query`, whether it was a section number). A section ("220.03",
    "PL 220.03", "§ 220") finds that section and the sections under it; words find
    entries whose section, offense or tips hold them (stemmed: "possess" finds
    "possession")."""
    entries = ChartEntry.objects.order_by("sort_key", "pk")
    if not query:
        return entries, False
    section = normalize_section(query)
    if section:
        found = entries.filter(
            models.Q(section=section)
            | models.Q(section__startswith=section + ".")
            | models.Q(section__startswith=section + "(")
        )
        return found, True
    if connection.vendor == "postgresql":
        words = SearchQuery(query, search_type="websearch", config=TEXT_SEARCH_CONFIG)
        return entries.filter(search_vector=words), False
    match = models.Q()
    for word in query.split():
        match &= models.Q(offense__icontains=word) | models.Q(tips__icontains=word)
    return entries.filter(match), False
