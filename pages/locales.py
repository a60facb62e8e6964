"""The reader's locale without a query: Wagtail's `Locale.get_active()` and
`page.localized` read the locale row on every call (several times per page); these read
it from a copy of the locales kept until the next change to the site."""

from django.conf import settings
from django.utils import translation
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale

from idp_site.caching.derived import cached_derived


def locale_codes():
    """{locale id: language code}: the process copy of the locales, kept until the next
    change to the site (topics, partners and pages name their language by id with it)."""
    return cached_derived(
        "locale-codes", lambda: dict(Locale.objects.values_list("pk", "language_code"))
    )


def active_locale(request=None):
    """`Locale.get_active()` read from `locale_codes()`: no query once the copy is kept,
    and with `request` once per request and language."""
    code = translation.get_language()
    kept = getattr(request, "_idp_active_locales", None)
    if kept is None:
        kept = {}
        if request is not None:
            request._idp_active_locales = kept
    if code not in kept:
        kept[code] = _locale_for(code)
    return kept[code]


def default_locale():
    """`Locale.get_default()` read from `locale_codes()`."""
    return _locale_for(settings.LANGUAGE_CODE)


def _locale_for(code):
    by_code = {language: pk for pk, language in locale_codes().items()}
    for candidate in (code, settings.LANGUAGE_CODE):
        try:
            variant = get_supported_content_language_variant(candidate or "")
        except LookupError:
            continue
        if variant in by_code:
            return Locale.from_db(None, ["id", "language_code"], [by_code[variant], variant])
    return Locale.get_active()  # a locale missing from the copy: Wagtail's own answer


def localized(page, request=None):
    """`page.localized` with `active_locale()`: the page's live translation in the
    reader's language, else the page itself; no query when it is in that language."""
    if page is None:
        return None
    locale = active_locale(request)
    if page.locale_id == locale.pk:
        return page
    version = page.get_translation_or_none(locale)
    return version if version is not None and version.live else page
