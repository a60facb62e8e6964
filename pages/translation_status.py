"""Which pages of the default language have a translation, and whether it is current.

Staff see this in the admin under Reports → Translation status. A translation made with
wagtail-localize has "strings to translate" while any of its source strings has no
translation (the page then shows those in English), and is "not published yet" while
its latest draft waits for review. It is "out of
date" when the English page was published after wagtail-localize last synced it (the
"Sync translated pages" action), or, for a translation made by hand without
wagtail-localize, when the English page was published after the translation was.
A page in the target language that is only an alias of the English page (what
wagtail-localize's tree synchronization creates) shows English text, so it counts as
not translated.
"""

from dataclasses import dataclass

from django.conf import settings
from django.db.models import Count, Exists, OuterRef
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, TranslationSource

MISSING = "missing"
INCOMPLETE = "incomplete"
OUTDATED = "outdated"
UNPUBLISHED = "unpublished"
CURRENT = "current"

STATUS_LABELS = {
    MISSING: _("Not translated"),
    INCOMPLETE: _("Strings to translate"),
    OUTDATED: _("Out of date"),
    UNPUBLISHED: _("Not published yet"),
    CURRENT: _("Up to date"),
}


@dataclass
class TranslationRow:
    """One source page and the state of its translation into one language."""

    source: Page
    translation: Page | None
    status: str
    synced_at: object = None  # when wagtail-localize last read the source, if it did
    translation_source_id: int | None = None
    untranslated: int | None = None  # strings still in English (wagtail-localize only)

    @property
    def status_label(self):
        return STATUS_LABELS[self.status]


def default_locale():
    return Locale.objects.get(language_code=settings.LANGUAGE_CODE)


def target_locales():
    """Every locale other than the default one, in settings order."""
    codes = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
    locales = Locale.objects.exclude(language_code=settings.LANGUAGE_CODE)
    return sorted(
        locales,
        key=lambda loc: codes.index(loc.language_code) if loc.language_code in codes else 99,
    )


def source_pages():
    """Pages of the default language, tree root excluded, in tree order."""
    return Page.objects.filter(locale=default_locale(), depth__gt=1).order_by("path")


def untranslated_counts(source_ids, target_locale):
    """{translation source id: number of its strings with no translation into
    `target_locale`}, in one query; sources with none left are absent."""
    translated = StringTranslation.objects.filter(
        translation_of_id=OuterRef("string_id"),
        context_id=OuterRef("context_id"),
        locale_id=target_locale.pk,
        has_error=False,
    )
    rows = (
        StringSegment.objects.filter(source_id__in=source_ids)
        .annotate(done=Exists(translated))
        .filter(done=False)
        .values("source_id")
        .annotate(left=Count("pk"))
        .order_by()
    )
    return {row["source_id"]: row["left"] for row in rows}


def _synced_sources(pages, target_locale):
    """{translation key: wagtail-localize source} for pages with an enabled translation
    into `target_locale`."""
    sources = {}
    if not pages:
        return sources
    keys = [p.translation_key for p in pages]
    for source in TranslationSource.objects.filter(
        object_id__in=keys, locale=pages[0].locale_id
    ).prefetch_related("translations"):
        if any(
            t.target_locale_id == target_locale.pk and t.enabled for t in source.translations.all()
        ):
            sources[source.object_id] = source
    return sources


def _synced_row(page, translation, source, left):
    if left:
        status = INCOMPLETE
    elif page.last_published_at and page.last_published_at > source.last_updated_at:
        status = OUTDATED
    elif not translation.live or translation.has_unpublished_changes:
        status = UNPUBLISHED
    else:
        status = CURRENT
    return TranslationRow(
        page,
        translation,
        status,
        synced_at=source.last_updated_at,
        translation_source_id=source.pk,
        untranslated=left,
    )


def translation_rows(pages, target_locale):
    """The status of each page in `pages` for `target_locale`, in four queries."""
    pages = list(pages)
    keys = [p.translation_key for p in pages]
    translated = {
        p.translation_key: p
        for p in Page.objects.filter(translation_key__in=keys, locale=target_locale).only(
            "id",
            "title",
            "translation_key",
            "alias_of",
            "last_published_at",
            "live",
            "has_unpublished_changes",
            "locale",
        )
    }
    sources = _synced_sources(pages, target_locale)
    left = untranslated_counts([s.pk for s in sources.values()], target_locale)

    rows = []
    for page in pages:
        translation = translated.get(page.translation_key)
        source = sources.get(page.translation_key)
        if translation is None or translation.alias_of_id is not None:
            rows.append(TranslationRow(page, None, MISSING))
        elif source is not None:
            rows.append(_synced_row(page, translation, source, left.get(source.pk, 0)))
        else:
            stale = bool(
                page.last_published_at
                and (
                    translation.last_published_at is None
                    or page.last_published_at > translation.last_published_at
                )
            )
            rows.append(TranslationRow(page, translation, OUTDATED if stale else CURRENT))
    return rows
