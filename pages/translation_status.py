"""Which pages of the default language have a translation, and whether it is current.

Staff see this in the admin under Reports → Translations. A translation is "out of
date" when the English page was published after wagtail-localize last synced it (the
"Sync translated pages" action), or, for a translation made by hand without
wagtail-localize, when the English page was published after the translation was.
A page in the target language that is only an alias of the English page (what
wagtail-localize's tree synchronization creates) shows English text, so it counts as
not translated.
"""

from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page
from wagtail_localize.models import TranslationSource

MISSING = "missing"
OUTDATED = "outdated"
CURRENT = "current"

STATUS_LABELS = {
    MISSING: _("Not translated"),
    OUTDATED: _("Out of date"),
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


def translation_rows(pages, target_locale):
    """The status of each page in `pages` for `target_locale`, in three queries."""
    pages = list(pages)
    keys = [p.translation_key for p in pages]
    translated = {
        p.translation_key: p
        for p in Page.objects.filter(translation_key__in=keys, locale=target_locale).only(
            "id", "title", "translation_key", "alias_of", "last_published_at", "live", "locale"
        )
    }
    sources = {}
    if pages:
        for source in TranslationSource.objects.filter(
            object_id__in=keys, locale=pages[0].locale_id
        ).prefetch_related("translations"):
            enabled = [
                t
                for t in source.translations.all()
                if t.target_locale_id == target_locale.pk and t.enabled
            ]
            if enabled:
                sources[source.object_id] = source

    rows = []
    for page in pages:
        translation = translated.get(page.translation_key)
        source = sources.get(page.translation_key)
        if translation is None or translation.alias_of_id is not None:
            rows.append(TranslationRow(page, None, MISSING))
            continue
        if source is not None:
            # Synced through wagtail-localize: compare with the last sync of the source.
            stale = bool(page.last_published_at and page.last_published_at > source.last_updated_at)
            rows.append(
                TranslationRow(
                    page,
                    translation,
                    OUTDATED if stale else CURRENT,
                    synced_at=source.last_updated_at,
                    translation_source_id=source.pk,
                )
            )
            continue
        stale = bool(
            page.last_published_at
            and (
                translation.last_published_at is None
                or page.last_published_at > translation.last_published_at
            )
        )
        rows.append(TranslationRow(page, translation, OUTDATED if stale else CURRENT))
    return rows
