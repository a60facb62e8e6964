"""Reading the site in more than one language: the language versions of a page, and
the fallback that serves an untranslated page under another language's prefix.

Design: a Spanish reader who follows a link to /es/<path>/ for which no Spanish page
exists gets the English page at the same path, with a notice that it is not
translated yet and `lang="en"` on its content, rather than a 404. Readers never lose
their language: navigation, help bar and notices stay in Spanish.
"""

from dataclasses import dataclass

from django.conf import settings
from django.http import Http404
from django.utils import translation
from wagtail.models import Page, Site
from wagtail.views import serve as wagtail_serve

from idp_site.caching.derived import cached_derived


def language_codes():
    return [code for code, _name in settings.LANGUAGES]


def switch_language_in_path(path, code):
    """`/es/search/?q=x` → `/en/search/?q=x`: swap (or add) the language prefix."""
    parts = path.split("/", 2)  # "", first segment, rest
    if len(parts) >= 2 and parts[1] in language_codes():
        rest = parts[2] if len(parts) > 2 else ""
        return f"/{code}/{rest}"
    return f"/{code}{path}" if path.startswith("/") else f"/{code}/{path}"


@dataclass
class LanguageVersion:
    """One entry of the language switcher: a language and where to read this in it."""

    code: str
    name_local: str
    url: str
    is_current: bool
    translated: bool  # a real, live translation of this page exists in this language
    full_url: str = ""


def page_versions(request, page):
    """Live, non-alias versions of `page` by language code, kept until the next change
    to the site (a publish or unpublish of a translation is one)."""
    cache = getattr(request, "_idp_page_versions", None)
    if cache is not None and cache[0] == page.pk:
        return cache[1]
    versions = {}
    if page is not None and getattr(page, "translation_key", None):
        versions = cached_derived(
            f"page-versions:{page.translation_key}", lambda: _live_versions(page.translation_key)
        )
    request._idp_page_versions = (getattr(page, "pk", None), versions)
    return versions


def _live_versions(translation_key):
    rows = (
        Page.objects.filter(translation_key=translation_key, live=True, alias_of__isnull=True)
        .select_related("locale")
        .only("id", "url_path", "locale__language_code", "translation_key", "depth", "path")
    )
    return {version.locale.language_code: version for version in rows}


def language_versions(request, page=None):
    """The language switcher's entries for this request: for a page, its translation in
    each language, else the same path under that language's prefix (which serves the
    fallback described above)."""
    current = translation.get_language()
    versions = page_versions(request, page) if page is not None else {}
    entries = []
    for code, _name in settings.LANGUAGES:
        info = translation.get_language_info(code)
        version = versions.get(code)
        if version is not None:
            url = version.get_url(request)
            full_url = version.get_full_url(request)
        else:
            url = switch_language_in_path(request.get_full_path(), code)
            full_url = ""
        entries.append(
            LanguageVersion(
                code=code,
                name_local=info["name_local"],
                url=url,
                is_current=code == current,
                translated=version is not None,
                full_url=full_url,
            )
        )
    return entries


def content_language(request, page):
    """The language of the page's own text, for the `lang` attribute of its content.
    It differs from the reader's language on a fallback, or on an alias of a page of
    another language (what wagtail-localize's tree synchronization creates)."""
    if page is None or not hasattr(page, "locale_id"):
        return translation.get_language()
    if page.alias_of_id is not None:
        return page.alias_of.locale.language_code
    # The versions are already loaded for the switcher: no extra query for live pages.
    for code, version in page_versions(request, page).items():
        if version.pk == page.pk:
            return code
    return page.locale.language_code


def serve(request, path):
    """Wagtail's page view, with a fallback to the default language's tree at the same
    path when the reader's language has no page there."""
    if (
        translation.get_language() == settings.LANGUAGE_CODE
        or Page.route_for_request(request, path) is not None
    ):
        return wagtail_serve(request, path)
    site = Site.find_for_request(request)
    if site is None:
        raise Http404
    with translation.override(settings.LANGUAGE_CODE):
        root = site.root_page.localized.specific
        components = [component for component in path.split("/") if component]
        route = root.route(request, components)  # Http404 when there is none either
    # Wagtail's view reads the route from the attribute where `route_for_request`
    # documents keeping it: it then serves the page through its own hooks.
    request._wagtail_route_for_request = route
    return wagtail_serve(request, path)
