"""Statements and press releases, their index (with an Atom feed), and the press room:
what journalists come for."""

from django.db import models
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from pages.alerts.press_feeds import StatementsFeed
from pages.blocks import SIMPLE_RICH_TEXT, BodyBlock
from pages.keyset import KeysetPaginator
from pages.models import ReportPage
from pages.models.base import BasePage, public_only

STATEMENTS_PER_PAGE = 10
#: Newest release first; the id breaks ties (the `statement_newest` index).
STATEMENT_ORDER = [("release_date", True), ("pk", True)]
#: How many statements and reports the press room lists.
PRESS_ROOM_LATEST = 3


def live_statements(locale_id):
    """Public statements in one language, newest first, without their body."""
    statements = StatementPage.objects.live().exact_type(StatementPage).filter(locale_id=locale_id)
    return public_only(statements).defer_streamfields()


class MediaContactFields(models.Model):
    """Who journalists call or write to."""

    name = models.CharField(max_length=120)
    role = models.CharField(
        max_length=120, blank=True, help_text=_('Optional, e.g. "Communications Director".')
    )
    email = models.EmailField(blank=True)
    phone = models.CharField(
        max_length=40,
        blank=True,
        help_text=_("The press line, never the legal advice hotline."),
    )

    panels = [FieldPanel("name"), FieldPanel("role"), FieldPanel("email"), FieldPanel("phone")]

    class Meta:
        abstract = True


class StatementIndexPage(RoutablePageMixin, BasePage):
    """Lists statements and press releases, newest first, with an Atom feed of them."""

    intro = models.TextField(blank=True, help_text=_("A short lead paragraph."))

    parent_page_types = ["pages.HomePage"]
    subpage_types = ["alerts.StatementPage"]
    max_count_per_parent = 1

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    class Meta:
        verbose_name = _("statements index")

    @property
    def listing_summary(self):
        return self.search_description or self.intro

    def feed_url(self, request=None):
        return (self.get_url(request) or "") + self.reverse_subpage("feed")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        statements = public_only(
            StatementPage.objects.child_of(self).live().exact_type(StatementPage)
        ).defer_streamfields()
        paginator = KeysetPaginator(
            statements,
            STATEMENT_ORDER,
            STATEMENTS_PER_PAGE,
            count=lambda: statements.order_by().count(),
        )
        page_obj = SimpleLazyObject(lambda: paginator.page(request.GET))
        context.update(
            page_obj=page_obj,
            statements=SimpleLazyObject(lambda: list(page_obj.object_list)),
            feed_url=self.feed_url(request),
        )
        return context

    def feed_items(self, length):
        """The newest `length` public statements under this index (the Atom feed's)."""
        statements = StatementPage.objects.child_of(self).live().exact_type(StatementPage)
        return list(
            public_only(statements).defer_streamfields().order_by("-release_date", "-pk")[:length]
        )

    @path("")
    def index_route(self, request):
        return self.render(request)

    @path("feed/", name="feed")
    def feed(self, request):
        return StatementsFeed()(request, index_page=self)


class StatementPage(BasePage):
    """A press release or statement: dated, with a dateline and a media contact. Read
    by journalists and, through its JSON-LD, by news search engines."""

    class Kind(models.TextChoices):
        STATEMENT = "statement", _("Statement")
        PRESS_RELEASE = "press_release", _("Press release")

    kind = models.CharField(
        max_length=20,
        choices=Kind.choices,
        default=Kind.STATEMENT,
        help_text=_("A statement gives IDP's position; a press release announces news."),
    )
    release_date = models.DateField(
        _("release date"), help_text=_("The date the statement was released to the press.")
    )
    dateline = models.CharField(
        max_length=80,
        blank=True,
        help_text=_('Where it was issued, shown before the text, e.g. "NEW YORK".'),
    )
    summary = models.TextField(
        help_text=_("One or two sentences: shown at the top, in listings and in the feed.")
    )
    body = StreamField(BodyBlock(), blank=True)
    contact_name = models.CharField(
        _("media contact"),
        max_length=120,
        blank=True,
        help_text=_("Who journalists should ask about this statement. Optional."),
    )
    contact_email = models.EmailField(_("media contact email"), blank=True)
    contact_phone = models.CharField(
        _("media contact phone"),
        max_length=40,
        blank=True,
        help_text=_("The press line, never the legal advice hotline."),
    )

    parent_page_types = ["alerts.StatementIndexPage"]
    subpage_types = []
    og_type = "article"

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [FieldPanel("kind"), FieldPanel("release_date"), FieldPanel("dateline")],
            heading=_("Release"),
        ),
        FieldPanel("summary"),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("contact_name"), FieldPanel("contact_email"), FieldPanel("contact_phone")],
            heading=_("Media contact"),
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("release_date"),
    ]

    class Meta:
        verbose_name = _("statement or press release")
        verbose_name_plural = _("statements and press releases")
        indexes = [models.Index(fields=["release_date", "page_ptr"], name="statement_newest")]

    @property
    def listing_summary(self):
        return self.search_description or self.summary

    @property
    def has_contact(self):
        return bool(self.contact_name or self.contact_email or self.contact_phone)

    def structured_data(self, url, image_url=None, organization=None):
        data = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": self.title[:110],
            "description": self.listing_summary,
            "datePublished": self.release_date.isoformat(),
            "url": url,
            "mainEntityOfPage": url,
            "inLanguage": self.locale.language_code,
        }
        if self.dateline:
            data["dateline"] = self.dateline
        if self.last_published_at:
            data["dateModified"] = self.last_published_at.isoformat()
        if organization:
            data["author"] = organization
            data["publisher"] = organization
        if image_url:
            data["image"] = image_url
        return data


class PressRoomPage(BasePage):
    """The press room: media contacts, a short text about IDP, logos to download, and
    the latest statements and reports."""

    intro = models.TextField(blank=True, help_text=_("A short lead paragraph for journalists."))
    about = RichTextField(
        features=SIMPLE_RICH_TEXT,
        help_text=_("About IDP in a few sentences, for journalists to quote."),
    )

    parent_page_types = ["pages.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        InlinePanel("contacts", label=_("Media contacts"), min_num=1),
        FieldPanel("about"),
        InlinePanel("logos", label=_("Logo downloads")),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("about"),
    ]

    class Meta:
        verbose_name = _("press room")

    @property
    def listing_summary(self):
        return self.search_description or self.intro

    def latest_statements(self):
        newest = live_statements(self.locale_id).order_by("-release_date", "-pk")
        return list(newest[:PRESS_ROOM_LATEST])

    def latest_reports(self):
        reports = public_only(ReportPage.objects.live().filter(locale_id=self.locale_id))
        newest = reports.order_by("-publication_date", "-pk").defer_streamfields()
        return list(newest[:PRESS_ROOM_LATEST])

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        index_page = StatementIndexPage.objects.live().filter(locale_id=self.locale_id).first()
        context.update(
            contacts=list(self.contacts.all()),
            logos=list(self.logos.select_related("document")),
            statements=self.latest_statements(),
            reports=self.latest_reports(),
            statement_index=index_page,
        )
        return context


class PressContact(Orderable, MediaContactFields):
    """A media contact listed in the press room."""

    page = ParentalKey(PressRoomPage, on_delete=models.CASCADE, related_name="contacts")

    def __str__(self):
        return self.name


class PressLogo(Orderable):
    """A logo file journalists may download (a document: SVG, PNG or a zip of both)."""

    page = ParentalKey(PressRoomPage, on_delete=models.CASCADE, related_name="logos")
    document = models.ForeignKey(
        "wagtaildocs.Document",
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("The logo file, uploaded under Documents."),
    )
    label = models.CharField(
        max_length=120, help_text=_('What the file is, e.g. "Logo, colour, SVG".')
    )

    panels = [FieldPanel("document"), FieldPanel("label")]
