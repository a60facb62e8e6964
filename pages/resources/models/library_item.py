"""What every item of the resource library says about itself, whatever its page type:
who it is for, what kind of resource it is, its topics, when it was published and last
reviewed, and what replaced it. An abstract mixin, importable alone, so other page types
of the room (cards, the chart) list themselves in the library by mixing it in."""

import datetime

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, PageChooserPanel

from pages.resources.review import review_due

from .review_settings import LibrarySettings

#: The readers the library serves, in the order the filters show them. The code is
#: stored (a column each on the page, a row each in the library's index of facets).
AUDIENCES = (
    ("community", _("Community members")),
    ("defense", _("Criminal defense attorneys")),
    ("immigration", _("Immigration attorneys")),
    ("advocates", _("Advocates and organizers")),
)

RESOURCE_TYPES = (
    ("practice_advisory", _("Practice advisory")),
    ("know_your_rights", _("Know your rights")),
    ("toolkit", _("Toolkit")),
    ("chart", _("Chart")),
    ("checklist", _("Checklist")),
    ("faq", _("FAQ")),
    ("curriculum", _("Curriculum")),
    ("report", _("Report")),
)


#: The languages a resource's files may be in: a flyer exists in more languages than the
#: site has. The filter and the file links name them in the reader's language.
FILE_LANGUAGES = (
    ("en", _("English")),
    ("es", _("Spanish")),
    ("zh", _("Chinese")),
    ("ht", _("Haitian Creole")),
    ("ar", _("Arabic")),
    ("bn", _("Bengali")),
    ("ru", _("Russian")),
    ("ko", _("Korean")),
    ("fr", _("French")),
    ("pl", _("Polish")),
    ("ur", _("Urdu")),
)


def _audience_field(label):
    return models.BooleanField(
        default=False,
        verbose_name=label,
        help_text=_("Tick every audience this resource is written for."),
    )


class LibraryItem(models.Model):
    """Abstract: a page listed in the resource library (see pages/resources/entries.py,
    which copies these fields into the library's index when the page is published)."""

    for_community = _audience_field(AUDIENCES[0][1])
    for_defense = _audience_field(AUDIENCES[1][1])
    for_immigration = _audience_field(AUDIENCES[2][1])
    for_advocates = _audience_field(AUDIENCES[3][1])
    resource_type = models.CharField(
        max_length=32,
        choices=[c for c in RESOURCE_TYPES if c[0] != "report"],
        verbose_name=_("type of resource"),
        help_text=_("The library's type filter lists it under this type."),
    )
    topics = ParentalManyToManyField(
        "pages.Topic",
        blank=True,
        related_name="+",
        help_text=_("Topics from the closed list; the library filters by them."),
    )
    summary = models.TextField(
        help_text=_("Two or three sentences: what the reader learns. Shown in listings.")
    )
    publication_date = models.DateField(
        default=datetime.date.today,
        help_text=_("When this version was published; the library lists the newest first."),
    )
    last_reviewed_on = models.DateField(
        null=True,
        blank=True,
        verbose_name=_("last reviewed by IDP legal staff on"),
        help_text=_(
            "The day legal staff last checked that this is still right. After the review "
            "window (Settings > Resource library) the page warns readers it may be out of date."
        ),
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Who reviewed it. Kept in the admin only, never shown on the site."),
    )
    superseded_by = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "The resource that replaces this one. The page stays at its address, says it "
            "is superseded, links to the new one and leaves the library's default listing."
        ),
    )

    #: The audience columns, by code.
    AUDIENCE_FIELDS = {
        "community": "for_community",
        "defense": "for_defense",
        "immigration": "for_immigration",
        "advocates": "for_advocates",
    }

    library_panels = [
        MultiFieldPanel(
            [FieldPanel(name) for name in AUDIENCE_FIELDS.values()],
            heading=_("Audience"),
            help_text=_("One or more."),
        ),
        FieldPanel("resource_type"),
        FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
        FieldPanel("publication_date"),
        FieldPanel("summary"),
    ]
    review_panels = [
        MultiFieldPanel(
            [
                FieldPanel("last_reviewed_on"),
                FieldPanel("reviewed_by"),
                PageChooserPanel("superseded_by"),
            ],
            heading=_("Review"),
        )
    ]

    class Meta:
        abstract = True

    @property
    def audiences(self):
        """The codes of the audiences ticked, in the library's order."""
        return [code for code, name in self.AUDIENCE_FIELDS.items() if getattr(self, name)]

    @property
    def audience_labels(self):
        names = dict(AUDIENCES)
        return [names[code] for code in self.audiences]

    @property
    def listing_summary(self):
        return self.search_description or self.summary

    def file_languages(self):
        """The language codes of the item's files (none unless the type has files)."""
        return []

    def review_status(self, request):
        """For the page's template: whether the last review is older than the site's
        window (then the page warns its readers), and the window in months."""
        window = LibrarySettings.for_request(request).review_window_months
        return {"review_due": review_due(self.last_reviewed_on, window), "review_window": window}

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self.review_status(request))
        return context

    def clean(self):
        super().clean()
        if not self.audiences:
            raise ValidationError(
                {"for_community": _("Choose at least one audience for this resource.")}
            )
        if self.superseded_by_id and self.superseded_by_id == self.pk:
            raise ValidationError({"superseded_by": _("A resource cannot supersede itself.")})
