"""Template tags for reading the site in several languages: the language switcher,
hreflang alternates and the notice on pages not translated yet."""

import re

from django import template
from django.utils import formats, translation
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from pages import i18n, locales, shell

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
    return i18n.content_language(request, page)


def _lang_attribute(code):
    """` lang="xx"` when text in language `code` sits in a page read in another."""
    if not code or code == translation.get_language():
        return ""
    return format_html(' lang="{}"', code)


@register.simple_tag(takes_context=True)
def content_lang(context):
    """The `lang` attribute for an element holding the page's own text: set only on a
    fallback (an English page read under /es/), so the interface around it keeps the
    reader's language. Read once by base.html (CONTENT_LANGUAGE) for the whole page."""
    code = context.get("CONTENT_LANGUAGE")
    return _lang_attribute(code if code is not None else content_language(context))


@register.simple_tag
def lang_of(obj):
    """The `lang` attribute for a translatable object (topic, partner, page) shown in
    a page of another language, e.g. an English partner description in a Spanish page."""
    # By id, from the locales kept with the content: no query per topic or partner.
    return _lang_attribute(locales.locale_codes().get(getattr(obj, "locale_id", None), ""))


@register.filter
def localized(page):
    """`page.localized` (its live translation in the reader's language, else itself),
    None for no page: `{% pageurl page.link|localized %}`."""
    return page.localized if page is not None else None


@register.simple_tag
def lang_en():
    """The `lang` attribute for data kept in English whatever the reader's language:
    what legislatures publish (bill titles, actions, committees, places, parties)."""
    return _lang_attribute("en")


@register.filter
def english_parts(text, name):
    """`text` (a sentence in the reader's language) with `name`, English data inside it
    such as a committee's name, marked `lang="en"`: "En la Comisión de <span
    lang="en">Codes</span> del Senado"."""
    escaped = conditional_escape(text)
    if not name or translation.get_language() == "en":
        return escaped
    name = conditional_escape(name)
    return mark_safe(  # noqa: S308 - both parts are escaped above
        escaped.replace(name, format_html('<span lang="en">{}</span>', name), 1)
    )


@register.simple_tag
def english_only_note():
    """ " (en inglés)" after a link to something that exists only in English (an
    official record, a partner's website, a document), for readers of another language."""
    if translation.get_language() == "en":
        return ""
    return format_html(' <span class="english-only">{}</span>', _("(in English)"))


@register.simple_tag
def feeds_with_entries():
    """Which of the site's feeds have entries in the reader's language ({"reports":
    bool, "updates": bool}): a feed is linked only where it has something to show.
    Kept per language until the next change to the site."""
    return shell.feeds_with_entries()


#: Languages that write a number of four digits without a separator: the Ortografía de
#: la lengua española (2010) writes "2500" but "25 000", its space a non-breaking one
#: (Django's Spanish THOUSAND_SEPARATOR).
UNGROUPED_FOUR_DIGITS = {"es"}
#: An integer written with commas or points between thousands ("34,000", "34.000"), or
#: with no separator at all from five digits on ("400000").
WRITTEN_INTEGER = re.compile(r"(?<![\w.,])(\d{1,3}(?:[.,]\d{3})+|\d{5,})(?![\w]|[.,]\d)")


@register.filter
def number(value):
    """An integer written the reader's way, through Django's localization: "34,000" in
    English, "34 000" in Spanish (one convention per language on every page)."""
    try:
        value = int(value)
    except (TypeError, ValueError):
        return value
    grouping = not (abs(value) < 10_000 and translation.get_language() in UNGROUPED_FOUR_DIGITS)
    return formats.number_format(value, force_grouping=grouping)


@register.filter
def numbers_in_text(text):
    """`text` (a short figure typed by an editor, "More than 34,000") with its integers
    written the reader's way ("Más de 34 000"), whichever way they were typed."""
    if not text:
        return text
    return WRITTEN_INTEGER.sub(lambda m: number(re.sub(r"\D", "", m.group(1))), str(text))
