"""English left in a translated page, marked as English for readers.

A wagtail-localize translation may be published (from its editor, or approved from the
dashboard) while some of its strings have no translation yet: wagtail-localize then
writes the English source text in their place. A screen reader would read that English
with the page's Spanish voice, so each such text is marked `lang="en"` when the page is
served: every text node of the page's <main> that holds one is wrapped in
`<span lang="en">`. Texts are compared as they are rendered (tags stripped, spaces
collapsed, HTML-escaped); a rich-text segment counts by each of its runs of text of
two words or more (a link's words are a run of their own).
"""

import re
from html import unescape

from django.conf import settings
from django.utils.html import escape
from wagtail_localize.models import StringSegment, TranslationSource

from idp_site.caching.derived import cached_derived
from pages.locales import locale_codes

#: A run of text between two tags of a page's <main>.
TEXT_NODE = re.compile(r">([^<]+)<")
MAIN = re.compile(r"<main\b.*?</main>", re.S)


def _runs(segment_html):
    """The runs of text of a segment (rich text segments hold inline tags)."""
    runs = (" ".join(unescape(part).split()) for part in re.split(r"<[^>]+>", segment_html))
    return [run for run in runs if len(run.split()) >= 2]


def _untranslated(page):
    """The runs of text of `page`'s source strings that have no translation into the
    page's language (empty when the page is not a wagtail-localize translation)."""
    source = (
        TranslationSource.objects.filter(
            object_id=page.translation_key, translations__target_locale_id=page.locale_id
        )
        .exclude(locale_id=page.locale_id)
        .first()
    )
    if source is None:
        return []
    segments = (
        StringSegment.objects.filter(source=source)
        .annotate_translation(page.locale)
        .filter(translation__isnull=True)
        .values_list("string__data", flat=True)
    )
    runs = {run for text in segments for run in _runs(text)}
    # Longest first, so a run inside a longer one does not split it.
    return sorted(runs, key=len, reverse=True)


def untranslated_runs(page):
    """`_untranslated(page)`, kept until the next change to the site (a publish is one);
    nothing to read for a page in the default language."""
    if locale_codes().get(page.locale_id) in (None, settings.LANGUAGE_CODE):
        return []
    return cached_derived(f"untranslated:{page.pk}", lambda: _untranslated(page))


def mark_english(html, runs):
    """`html` with each of `runs` found in a text node of its <main> wrapped in
    `<span lang="en">`."""
    if not runs:
        return html
    forms = {form for run in runs for form in (escape(run), run)}
    # One pass, longest first: a run inside a longer one is not marked twice.
    pattern = re.compile("|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)))

    def mark_node(match):
        return ">" + pattern.sub(r'<span lang="en">\g<0></span>', match.group(1)) + "<"

    def mark_main(match):
        return TEXT_NODE.sub(mark_node, match.group(0))

    return MAIN.sub(mark_main, html, count=1)


def marker(page):
    """A post-render callback marking `page`'s untranslated English, or None when the
    page has none."""
    runs = untranslated_runs(page)
    if not runs:
        return None

    def mark(response):
        charset = response.charset or "utf-8"
        response.content = mark_english(response.content.decode(charset), runs).encode(charset)
        return response

    return mark
