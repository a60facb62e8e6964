"""Builders for the library tests: a library page, resources with their files."""

import datetime

from django.core.files.base import ContentFile
from wagtail.documents.models import Document

from pages.resources.entries import sync_entry
from pages.resources.models import LibraryIndexPage, ResourceFile, ResourcePage
from tests.conftest import add_page
from tests.pages.content import SAMPLE_PDF


def library(parent, title="Resource library", slug="library", **fields):
    fields.setdefault("search_description", f"About {title}.")
    return add_page(parent, LibraryIndexPage(title=title, slug=slug, **fields))


def document(title="Resource file"):
    return Document.objects.create(
        title=title, file=ContentFile(SAMPLE_PDF, name="resource.pdf"), file_size=len(SAMPLE_PDF)
    )


def resource(
    parent,
    title,
    audiences=("community",),
    resource_type="practice_advisory",
    topics=(),
    languages=(),
    date=datetime.date(2025, 1, 1),
    publish=True,
    doc=None,
    **fields,
):
    """A published resource (through a revision, as editors publish, with `publish`;
    else live at once and written to the library directly, fast enough for hundreds:
    wrap those in `disable_reference_index_auto_update`)."""
    fields.setdefault("summary", f"Summary of {title}.")
    fields.setdefault("search_description", f"About {title}.")
    fields.setdefault("slug", title.lower().replace(" ", "-"))
    page = ResourcePage(title=title, resource_type=resource_type, publication_date=date, **fields)
    for code in audiences:
        setattr(page, ResourcePage.AUDIENCE_FIELDS[code], True)
    page.topics = list(topics)
    doc = doc or (document() if languages else None)
    page.files = [ResourceFile(language=code, document=doc) for code in languages]
    if publish:
        return add_page(parent, page)
    parent.add_child(instance=page)
    sync_entry(page)
    return page
