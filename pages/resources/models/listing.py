"""The library's listing: the filters read from the query string (so they work without
JavaScript), every option's exact count for the other filters chosen, and the items
newest first a page at a time (keyset paging, pages/keyset.py).

The counts follow the usual rule of faceted search: an option's count is how many items
the listing would show with that option chosen and the other filters kept. All four
facets are counted in one grouped query over the facet table; the listing's total is
the sum of its type counts (every item has exactly one type), so it costs no query."""

import datetime
from dataclasses import dataclass
from urllib.parse import urlencode

from django import forms
from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from pages.keyset import KeysetPaginator
from pages.locales import locale_codes
from pages.models import Topic
from pages.models.base import private_q, restricted_pages
from pages.models.reports import FilterSelect

from .entries import FACETS, LibraryEntry, LibraryFacet
from .library_item import AUDIENCES, FILE_LANGUAGES, RESOURCE_TYPES

ITEMS_PER_PAGE = 20
#: Newest first; the page id breaks ties (served by the library_*newest indexes).
ORDER = [("publication_date", True), ("pk", True)]

FACET_LABELS = {
    "audience": (_("Audience"), _("All audiences")),
    "type": (_("Type"), _("All types")),
    "topic": (_("Topic"), _("All topics")),
    "language": (_("Language of the files"), _("Any language")),
}


def entries(locale_id, filters, older=False):
    """The entries of one language matching `filters` ({facet: value}); without
    `older`, only the current ones (superseded items leave the default listing)."""
    found = LibraryEntry.objects.filter(locale_id=locale_id)
    if not older:
        found = found.filter(superseded=False)
    if restricted_pages():
        found = found.exclude(page__in=Page.objects.filter(private_q()).values("pk"))
    for name, value in filters.items():
        # A semi-join each: no DISTINCT, and the newest-first index still walks in order.
        matching = LibraryFacet.objects.filter(name=name, value=value).values("entry_id")
        found = found.filter(pk__in=matching)
    return found


def facet_counts(locale_id, filters, older=False):
    """{facet: {value: count}}: for each facet, how many entries match every filter but
    that facet's own, by value."""
    match = Q()
    for name in FACETS:
        others = {k: v for k, v in filters.items() if k != name}
        match |= Q(name=name, entry_id__in=entries(locale_id, others, older).values("pk"))
    counts = {name: {} for name in FACETS}
    rows = (
        LibraryFacet.objects.filter(match)
        .values_list("name", "value")
        .annotate(n=Count("entry_id"))
        .order_by()
    )
    for name, value, n in rows:
        counts[name][value] = n
    return counts


def total_of(counts, filters):
    """How many entries match every filter, from the type counts."""
    if "type" in filters:
        return counts["type"].get(filters["type"], 0)
    return sum(counts["type"].values())


def topic_choices(locale_id):
    """{slug: (name, language code)} of every topic (a short, closed list), each in the
    page's language where it has a translation."""
    codes = locale_codes()
    chosen = {}
    for topic in Topic.objects.order_by("pk"):
        if topic.slug not in chosen or topic.locale_id == locale_id:
            chosen[topic.slug] = topic
    return {slug: (t.name, codes.get(t.locale_id, "")) for slug, t in chosen.items()}


class LibraryFilterForm(forms.Form):
    """The filters. An unknown value is reported and left out, never an error page."""

    audience = forms.ChoiceField(required=False, widget=FilterSelect)
    type = forms.ChoiceField(required=False, widget=FilterSelect)
    topic = forms.ChoiceField(required=False, widget=FilterSelect)
    language = forms.ChoiceField(required=False, widget=FilterSelect)
    older = forms.BooleanField(
        required=False, label=_("Include older resources that a newer one replaces")
    )

    def __init__(self, data, topics, fixed_audience=""):
        super().__init__(data)
        self.options = {
            "audience": {code: (label, "") for code, label in AUDIENCES},
            "type": {code: (label, "") for code, label in RESOURCE_TYPES},
            "topic": topics,
            "language": {code: (name, "") for code, name in FILE_LANGUAGES},
        }
        if fixed_audience:
            del self.fields["audience"]
        for name in FACETS:
            if name in self.fields:
                self._set_choices(name, self.options[name])
        for name, field in self.fields.items():
            field.widget.attrs["id"] = f"filter-{name}"
            field.error_messages["invalid_choice"] = _(
                "That %(field)s is not in the list, so it was not used. Choose one from the list."
            ) % {"field": str(FACET_LABELS.get(name, ("",))[0]).lower()}

    def _set_choices(self, name, options, counts=None):
        field = self.fields[name]
        field.label, everything = FACET_LABELS[name]
        choices = [("", everything)]
        for value, (label, _code) in options.items():
            if counts is None:
                choices.append((value, label))
            elif counts.get(value) or value == self.data.get(name):
                choices.append((value, f"{label} ({counts.get(value, 0)})"))
        field.choices = choices
        field.widget.languages = {value: code for value, (_l, code) in options.items() if code}

    def valid_filters(self):
        """The facet filters that parsed, even when another one did not."""
        self.is_valid()
        cleaned = getattr(self, "cleaned_data", {})
        return {k: v for k, v in cleaned.items() if k in FACETS and v}

    def show_counts(self, counts):
        """Options with their counts: those with items, and the one chosen."""
        for name in FACETS:
            if name in self.fields:
                self._set_choices(name, self.options[name], counts[name])

    def label_of(self, name, value):
        return self.options[name].get(value, (value, ""))[0]


def active_filters(form, filters, query):
    """(label, address without it) of each filter chosen, to remove one with a link."""
    removable = []
    for name, value in filters.items():
        if name in FACETS and name in form.fields:
            rest = {k: v for k, v in query.items() if k != name}
            label = f"{FACET_LABELS[name][0]}: {form.label_of(name, value)}"
            removable.append((label, "?" + urlencode(rest) if rest else "?"))
    if "older" in query:
        rest = {k: v for k, v in query.items() if k != "older"}
        removable.append((str(_("Older resources")), "?" + urlencode(rest) if rest else "?"))
    return removable


@dataclass(frozen=True)
class LibraryCard:
    """What a listing shows of an entry, read in Python once rather than looked up by the
    template field by field (a card per include cost a fifth of the page's render)."""

    title: str
    url: str
    type_label: str
    date: datetime.date
    summary: str
    languages: str
    superseded: bool

    @classmethod
    def of(cls, entry, request):
        return cls(
            entry.page.title,
            entry.page.get_url(request) or "",
            str(entry.get_resource_type_display()),
            entry.publication_date,
            entry.summary,
            ", ".join(entry.language_names),
            entry.superseded,
        )


def featured(page):
    """The editor's top resources that the library lists (live, public), in order, each
    in the page's own language: a translated library page still chooses the original
    resources, so they are swapped for their live translations (in one query), and
    one not yet translated is left out, as the list below leaves it out."""
    chosen = [
        item.resource for item in page.featured.select_related("resource").order_by("sort_order")
    ]
    keys = [resource.translation_key for resource in chosen]
    entries = {
        entry.page.translation_key: entry
        for entry in LibraryEntry.objects.filter(
            page__translation_key__in=keys, page__locale_id=page.locale_id, page__live=True
        ).select_related("page")
    }
    return [entries[key] for key in keys if key in entries]


def library_listing(page, request):
    """The context of a library page: filters, counts, the page of items, top resources."""
    form = LibraryFilterForm(request.GET, topic_choices(page.locale_id), page.audience)
    filters = form.valid_filters()
    older = bool(form.cleaned_data.get("older")) if hasattr(form, "cleaned_data") else False
    query = dict(filters)
    if page.audience:
        filters["audience"] = page.audience
    counts = facet_counts(page.locale_id, filters, older)
    form.show_counts(counts)
    if older:
        query["older"] = "on"
    matching = entries(page.locale_id, filters, older).select_related("page")
    total = total_of(counts, filters)
    page_obj = KeysetPaginator(matching, ORDER, ITEMS_PER_PAGE, count=total).page(
        request.GET, query
    )
    return {
        "filter_form": form,
        "filters": query,
        "older": older,
        "active_filters": active_filters(form, query, query),
        "older_query": urlencode({**query, "older": "on"}),
        "page_obj": page_obj,
        "items": [LibraryCard.of(entry, request) for entry in page_obj.object_list],
        "featured_items": [LibraryCard.of(e, request) for e in featured(page)]
        if not request.GET
        else [],
    }
