"""Keeps the library's index (LibraryEntry and its facets) in step with the pages: a
page is written there when it is published, removed when it is unpublished (deleting the
page deletes its entry). Resources and any `LibraryItem` describe themselves; reports,
which the content site owns and which know nothing of the library, are read here.

A report is listed for attorneys and for advocates (IDP's research is written for
practitioners and campaigns, not as know-your-rights material), as type "report", with
its file in English (the reports are written in English; translations link that file)."""

from django.conf import settings
from django.db import transaction
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished

from pages.models import ReportPage

from .models import LibraryEntry, LibraryFacet, LibraryItem

REPORT_AUDIENCES = ("defense", "immigration", "advocates")


def describe(page):
    """The entry's values and facets of a specific page, or None if it is not listed."""
    if isinstance(page, LibraryItem):
        return _describe_item(page)
    if isinstance(page, ReportPage):
        return _describe_report(page)
    return None


def _describe_item(page):
    languages = page.file_languages()
    values = {
        "resource_type": page.resource_type,
        "publication_date": page.publication_date,
        "summary": page.listing_summary or "",
        "languages": ",".join(languages),
        "superseded": page.superseded_by_id is not None,
        "reviewable": True,
        "last_reviewed_on": page.last_reviewed_on,
    }
    topics = [t.slug for t in page.topics.all()]
    return values, _facets(page.audiences, page.resource_type, topics, languages)


def _describe_report(page):
    languages = [settings.LANGUAGE_CODE] if page.report_file_id else []
    values = {
        "resource_type": "report",
        "publication_date": page.publication_date,
        "summary": page.listing_summary or "",
        "languages": ",".join(languages),
        "superseded": False,
        "reviewable": False,
        "last_reviewed_on": None,
    }
    topics = [link.topic.slug for link in page.topic_links.select_related("topic")]
    return values, _facets(REPORT_AUDIENCES, "report", topics, languages)


def _facets(audiences, resource_type, topics, languages):
    return (
        [("audience", a) for a in audiences]
        + [("type", resource_type)]
        + [("topic", t) for t in sorted(set(topics))]
        + [("language", code) for code in languages]
    )


@transaction.atomic
def sync_entry(page):
    """Write (or remove) the entry of `page` (any class) as its live version says."""
    page = page.specific if type(page) is Page else page
    described = describe(page) if page.live else None
    if described is None:
        LibraryEntry.objects.filter(page_id=page.pk).delete()
        return None
    values, facets = described
    entry, _created = LibraryEntry.objects.update_or_create(
        page_id=page.pk, defaults={**values, "locale_id": page.locale_id}
    )
    entry.facets.all().delete()
    LibraryFacet.objects.bulk_create(
        [LibraryFacet(entry=entry, name=name, value=value) for name, value in facets]
    )
    return entry


def rebuild():
    """Every live listed page written again (after a bulk import, or for a new type)."""
    LibraryEntry.objects.all().delete()
    count = 0
    for model in [ReportPage, *LibraryItem.__subclasses__()]:
        if model._meta.abstract:
            continue
        for page in model.objects.live():
            count += sync_entry(page) is not None
    return count


def _published(sender, instance, **kwargs):
    sync_entry(instance)


def _unpublished(sender, instance, **kwargs):
    LibraryEntry.objects.filter(page_id=instance.pk).delete()


def connect():
    """Called once from the app's ready()."""
    page_published.connect(_published, dispatch_uid="library_entry_published")
    page_unpublished.connect(_unpublished, dispatch_uid="library_entry_unpublished")
