"""The library's index: one row per listed page (resources, reports, and any page type
that mixes in `LibraryItem`) with the values readers filter by, written when a page is
published (pages/resources/entries.py). Filters, counts and paging read these two
tables through their indexes, whatever the page types behind them."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from .library_item import FILE_LANGUAGES, RESOURCE_TYPES

#: The facets, in the order the filters show them.
FACETS = ("audience", "type", "topic", "language")


class LibraryEntry(models.Model):
    """A page as the library lists it. Kept by the page's publish and unpublish; never
    edited by hand."""

    page = models.OneToOneField(
        "wagtailcore.Page", primary_key=True, on_delete=models.CASCADE, related_name="library_entry"
    )
    locale = models.ForeignKey("wagtailcore.Locale", on_delete=models.CASCADE, related_name="+")
    resource_type = models.CharField(max_length=32, choices=RESOURCE_TYPES)
    publication_date = models.DateField()
    summary = models.TextField(blank=True)
    #: The file languages, comma-separated, for the listing's cards.
    languages = models.CharField(max_length=200, blank=True)
    superseded = models.BooleanField(default=False)
    #: Whether the page's type is reviewed (resources are, reports are not).
    reviewable = models.BooleanField(default=False)
    last_reviewed_on = models.DateField(null=True, blank=True)

    class Meta:
        verbose_name = _("library entry")
        verbose_name_plural = _("library entries")
        indexes = [
            # The default listing (current items), newest first, a page at a time.
            models.Index(
                fields=["locale", "superseded", "publication_date", "page"],
                name="library_current_newest",
            ),
            # "Show older": every item, newest first.
            models.Index(fields=["locale", "publication_date", "page"], name="library_newest"),
            models.Index(
                fields=["reviewable", "last_reviewed_on"],
                name="library_review_due",
            ),
        ]

    def __str__(self):
        return self.page.title

    @property
    def language_names(self):
        """The files' languages, named in the reader's language."""
        names = dict(FILE_LANGUAGES)
        return [str(names.get(code, code)) for code in self.languages.split(",") if code]


class LibraryFacet(models.Model):
    """One value of one facet of an entry: an audience, its type, a topic (by slug, the
    same in every language) or a file language."""

    entry = models.ForeignKey(LibraryEntry, on_delete=models.CASCADE, related_name="facets")
    name = models.CharField(max_length=12)
    value = models.CharField(max_length=80)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["entry", "name", "value"], name="library_facet_once")
        ]
        # A filter is a semi-join on (name, value); a count groups the entries it reads.
        indexes = [models.Index(fields=["name", "value", "entry"], name="library_facet_value")]

    def __str__(self):
        return f"{self.name}={self.value}"
