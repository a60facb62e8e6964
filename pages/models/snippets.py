"""Snippets every section shares: the closed topic list, partner organizations and people."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField


class Topic(TranslatableMixin, index.Indexed, models.Model):
    """A subject from the closed list staff manage (drug offenses, policing, DACA...).

    Reports, stories and program areas are tagged with topics; program areas list the
    reports and stories that share one, and the report index filters by them. There is no
    free tagging: a new topic is added here first.
    """

    name = models.CharField(max_length=80, help_text=_('As readers see it, e.g. "Youth".'))
    slug = models.SlugField(
        max_length=80,
        help_text=_("Used in filter addresses (?topic=youth). Keep it the same in every language."),
    )
    description = models.TextField(
        blank=True, help_text=_("Optional. One sentence on what the topic covers.")
    )

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    # The slug is part of filter addresses, so translations keep the source's slug.
    override_translatable_fields = [SynchronizedField("slug")]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("slug"),
        index.AutocompleteField("name"),
        index.FilterField("locale"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="unique_topic_slug_per_locale")
        ]

    def __str__(self):
        return self.name


class Partner(TranslatableMixin, index.Indexed, models.Model):
    """An organization IDP works or publishes with, shown on reports and program areas."""

    name = models.CharField(max_length=160)
    slug = models.SlugField(
        max_length=80,
        help_text=_("Used in filter addresses (?partner=...). Keep it the same in every language."),
    )
    url = models.URLField(blank=True, help_text=_("The partner's own website."))
    logo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Optional. Shown small, next to the name (the name is the text alternative)."),
    )
    description = models.TextField(
        blank=True, help_text=_("One or two sentences on who they are and how we work together.")
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("url"),
        FieldPanel("logo"),
        FieldPanel("description"),
    ]
    override_translatable_fields = [SynchronizedField("slug")]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("description"),
        index.AutocompleteField("name"),
        index.FilterField("locale"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("partner")
        verbose_name_plural = _("partners")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["locale", "slug"], name="unique_partner_slug_per_locale"
            )
        ]

    def __str__(self):
        return self.name


class Person(TranslatableMixin, index.Indexed, models.Model):
    """A person credited as an author of reports (staff or outside researchers)."""

    name = models.CharField(max_length=160)
    role = models.CharField(
        max_length=160, blank=True, help_text=_('e.g. "Staff Attorney" or "Research fellow".')
    )
    photo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Optional portrait; the person's name is its text alternative."),
    )
    bio = models.TextField(blank=True, help_text=_("A short biography, a few sentences."))

    panels = [FieldPanel("name"), FieldPanel("role"), FieldPanel("photo"), FieldPanel("bio")]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("role"),
        index.SearchField("bio"),
        index.AutocompleteField("name"),
        index.FilterField("locale"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("person")
        verbose_name_plural = _("people")
        ordering = ["name"]

    def __str__(self):
        return self.name


class TopicLink(Orderable):
    """Abstract: a page tagged with a topic. Concrete subclasses add the `page` ParentalKey.

    An orderable rather than a many-to-many field so translations of a page point to the
    translated topic (wagtail-localize translates foreign keys, not many-to-many fields).
    """

    topic = models.ForeignKey(
        Topic, on_delete=models.CASCADE, related_name="+", help_text=_("Choose a topic.")
    )

    panels = [FieldPanel("topic")]

    class Meta(Orderable.Meta):
        abstract = True


class PartnerLink(Orderable):
    """Abstract: a partner organization credited on a page."""

    partner = models.ForeignKey(
        Partner, on_delete=models.CASCADE, related_name="+", help_text=_("Choose a partner.")
    )

    panels = [FieldPanel("partner")]

    class Meta(Orderable.Meta):
        abstract = True


def in_language(snippets, locale_id, queryset=None):
    """`snippets` (topics or partners, as a page's links hold them) each as its version
    in the language of `locale_id` where one exists, else as it is (the template marks
    it `lang` by its own locale). One query at most.

    wagtail-localize copies a page's topic and partner links from the source page (the
    link rows are not translatable objects), so a Spanish page points at the English
    topics: it is shown the Spanish ones here, and a topic translated later shows on
    every page at once, with no page to translate again."""
    snippets = list(snippets)
    keys = {s.translation_key for s in snippets if s.locale_id != locale_id}
    if not keys:
        return snippets
    if queryset is None:
        queryset = type(snippets[0]).objects.all()
    found = {
        s.translation_key: s for s in queryset.filter(locale_id=locale_id, translation_key__in=keys)
    }
    return [s if s.locale_id == locale_id else found.get(s.translation_key, s) for s in snippets]
