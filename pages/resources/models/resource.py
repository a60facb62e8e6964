"""A resource of the library: a practice advisory, a know-your-rights flyer, a toolkit,
a chart, a checklist or an FAQ, with its files in every language it exists in."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from pages.blocks import BodyBlock
from pages.models import BasePage
from pages.models.snippets import in_language

from .library_item import FILE_LANGUAGES, LibraryItem


class ResourcePage(LibraryItem, BasePage):
    """A resource of the library with its text and its files per language."""

    body = StreamField(BodyBlock(), blank=True)

    parent_page_types = ["resources.LibraryIndexPage"]
    subpage_types = []
    og_type = "article"
    serve_select_related = ("superseded_by",)

    content_panels = (
        Page.content_panels
        + LibraryItem.library_panels
        + [
            InlinePanel(
                "files",
                label=_("Files"),
                help_text=_(
                    "The resource as files to download, one per language (a flyer may exist "
                    "in six languages while this page is in English). Type and size are shown."
                ),
            ),
            FieldPanel("body"),
        ]
        + LibraryItem.review_panels
    )
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("resource_type"),
        index.FilterField("publication_date"),
    ]

    class Meta:
        verbose_name = _("resource")

    def file_languages(self):
        return sorted({f.language for f in self.files.all()})

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(
            files=list(self.files.select_related("document")),
            topics=in_language(list(self.topics.all()), self.locale_id),
        )
        return context


class ResourceFile(Orderable):
    """One file of a resource, in one language."""

    page = ParentalKey(ResourcePage, on_delete=models.CASCADE, related_name="files")
    language = models.CharField(
        max_length=8,
        choices=FILE_LANGUAGES,
        default="en",
        help_text=_("The language the file is written in; the library filters by it."),
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("The file (usually a PDF)."),
    )
    label = models.CharField(
        max_length=160,
        blank=True,
        help_text=_('Optional. The link text; defaults to "Download" with the language.'),
    )

    panels = [FieldPanel("language"), FieldPanel("document"), FieldPanel("label")]

    class Meta(Orderable.Meta):
        verbose_name = _("file")
        verbose_name_plural = _("files")
