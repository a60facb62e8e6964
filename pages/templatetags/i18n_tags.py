"""Template tags for reading the site in several languages: the language switcher,
hreflang alternates and the notice on pages not translated yet."""

from django import template
from django.utils import translation
from django.utils.html import format_html

from pages import i18n

register = template.Library()


def _page(context):
    page = context.get("page")
    return page if page is not None and hasattr(page, "translation_key") else None


@register.simple_tag(takes_context=True)
def language_versions(context):
    """One entry per site language: where this page (or path) reads in that language."""
    request = context.get("request")
    if request is None:
        return []
    return i18n.language_versions(request, _page(context))


@register.simple_tag(takes_context=True)
def hreflang_alternates(context):
    """(hreflang, absolute URL) pairs of the live translations of this page, with
    x-default pointing at the default language's version. Empty unless the page
    exists in at least one language under its own address."""
    request = context.get("request")
    page = _page(context)
    if request is None or page is None:
        return []
    entries = [e for e in i18n.language_versions(request, page) if e.translated]
    if not entries:
        return []
    alternates = [(e.code, e.full_url) for e in entries]
    default = next((e for e in entries if e.code == i18n.language_codes()[0]), entries[0])
    alternates.append(("x-default", default.full_url))
    return alternates


@register.simple_tag(takes_context=True)
def content_language(context):
    """The language of the page's own text (differs from the interface's on a fallback)."""
    page = _page(context)
    request = context.get("request")
    if page is None or request is None:
        return translation.get_language()
    cache = getattr(request, "_idp_content_language", None)
    if cache is None or cache[0] != page.pk:
        cache = (page.pk, i18n.content_language(request, page))
        request._idp_content_language = cache
    return cache[1]


def _lang_attribute(code):
    """` lang="xx"` when text in language `code` sits in a page read in another."""
    if not code or code == translation.get_language():
        return ""
    return format_html(' lang="{}"', code)


@register.simple_tag(takes_context=True)
def content_lang(context):
    """The `lang` attribute for an element holding the page's own text: set only on a
    fallback (an English page read under /es/), so the interface around it keeps the
    reader's language."""
    return _lang_attribute(content_language(context))


@register.simple_tag
def lang_of(obj):
    """The `lang` attribute for a translatable object (topic, partner, page) shown in
    a page of another language, e.g. an English partner description in a Spanish page."""
    locale = getattr(obj, "locale", None)
    return _lang_attribute(getattr(locale, "language_code", ""))


@register.simple_tag
def lang_en():
    """The `lang` attribute for data kept in English whatever the reader's language:
    what legislatures publish (bill titles, actions, committees, places, parties)."""
    return _lang_attribute("en")
