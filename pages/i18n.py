"""Reading the site in more than one language: the language versions of a page, and
the fallback that serves an untranslated page under another language's prefix.

Design: a Spanish reader who follows a link to /es/<path>/, where <path> is the
address of an English page, is sent (301) to that page's Spanish translation when one
is live, keeping any sub-page (a bill under the campaigns index) and query string.
Only when no translation exists does the reader get the English page at the same path,
with a notice in their language that it is shown in English, and `lang="en"` on the
page's own text (not on the interface around it), rather than a 404. Readers never
lose their language: navigation, help bar, forms and notices stay in Spanish.
"""

from dataclasses import dataclass

from django.conf import settings
from django.http import Http404, HttpResponse, HttpResponsePermanentRedirect
from django.utils import translation
from django.utils.translation import gettext_noop, ngettext_lazy
from wagtail import hooks
from wagtail.models import Page, Site
from wagtail.views import serve_chain

from idp_site.caching.derived import cached_derived
from pages.models.base import for_serving

#: Django's own form messages, named here so that the project's catalog (which wins over
#: Django's, see LOCALE_PATHS) can say them in the site's voice: Django's Spanish
#: writes "Introduzca..." and "tenga menos de N caracteres" where the site asks
#: "Escriba..." (docs/glossary-es.md).
DJANGO_MESSAGES_IN_OUR_VOICE = (
    gettext_noop("Enter a valid email address."),
    gettext_noop("Enter a valid value."),
    gettext_noop("Enter a valid URL."),
    gettext_noop("Enter a whole number."),
    gettext_noop("Enter a number."),
    gettext_noop("Enter a valid date."),
    gettext_noop("Select a valid choice. %(value)s is not one of the available choices."),
    ngettext_lazy(
        "Ensure this value has at most %(limit_value)d character (it has %(show_value)d).",
        "Ensure this value has at most %(limit_value)d characters (it has %(show_value)d).",
        "limit_value",
    ),
    ngettext_lazy(
        "Ensure this value has at least %(limit_value)d character (it has %(show_value)d).",
        "Ensure this value has at least %(limit_value)d characters (it has %(show_value)d).",
        "limit_value",
    ),
)


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
    if page is None or not getattr(page, "translation_key", None):
        return {}
    key = page.translation_key
    return cached_derived(f"page-versions:{key}", lambda: _live_versions(key))


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
    tail = _beyond_page(request, page) if versions else ""
    entries = []
    for code, _name in settings.LANGUAGES:
        info = translation.get_language_info(code)
        version = versions.get(code)
        if version is not None:
            # None where the version is not routable (outside every site's tree).
            url = version.get_url(request)
            full_url = version.get_full_url(request)
            url, full_url = (
                # The switcher keeps the query (a search, a filter); the hreflang
                # alternates name the address itself.
                (f"{url}{tail}{_query(request)}" if url else url),
                (f"{full_url}{tail}" if full_url else full_url),
            )
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


def _query(request):
    query = request.META.get("QUERY_STRING", "")
    return f"?{query}" if query else ""


def _beyond_page(request, page):
    """What the request's path adds to the page's own: a routable sub-page
    (`bills/ny/2019-2020/S1825/` under the campaigns index). Other language versions
    of the page take the same tail, and the same query string: bill addresses and
    filter values (topic slugs) are the same in every language."""
    # Compared without the language prefix: on a fallback the page's own address has
    # another language's prefix than the request.
    own = switch_language_in_path(page.get_url(request) or "/", "-")
    path = switch_language_in_path(request.path, "-")
    return path[len(own) :] if path.startswith(own) else ""


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


def translation_redirect(request, path, page):
    """The permanent redirect from `/<lang>/<path>` (the address of `page` in the
    default language, plus any sub-page) to the live translation of `page` in the
    reader's language, or None when there is none."""
    version = page_versions(request, page).get(translation.get_language())
    if version is None or version.pk == page.pk:
        return None
    site = Site.find_for_request(request)
    components = [c for c in path.split("/") if c]
    consumed = page.depth - site.root_page.depth if site is not None else len(components)
    tail = "".join(f"{c}/" for c in components[consumed:])
    return HttpResponsePermanentRedirect(version.get_url(request) + tail + _query(request))


def home_page(site):
    """The site's home page in the reader's language (the root's live translation, else
    the root), as its own class: derived data, kept until the next change to the site."""
    language = translation.get_language()

    def build():
        return for_serving(site.root_page.localized)

    return cached_derived(f"home:{site.pk}:{language}", build)


def route(request, path):
    """`Page.route_for_request` from the kept home page: None when nothing is there."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    components = [component for component in path.split("/") if component]
    try:
        return home_page(site).route(request, components)
    except Http404:
        return None


def serve(request, path):
    """Wagtail's page view. When the reader's language has no page at the path, the
    default language's page there is redirected to its live translation, or, when it
    has none, served as it is (with the "not translated yet" notice)."""
    found = route(request, path)
    if found is not None:
        return serve_route(request, *found)
    if translation.get_language() == settings.LANGUAGE_CODE:
        raise Http404
    with translation.override(settings.LANGUAGE_CODE):
        found = route(request, path)
    if found is None:
        raise Http404
    redirect = translation_redirect(request, path, found[0])
    if redirect is not None:
        return redirect
    return serve_route(request, *found)


def serve_route(request, page, args, kwargs):
    """The end of Wagtail's `serve` view for a route found here: its `on_serve_page`
    and `before_serve_page` hooks, then the page (wagtail/views.py)."""
    chain = serve_chain
    for fn in reversed(hooks.get_hooks("on_serve_page")):
        chain = fn(chain)
    for fn in hooks.get_hooks("before_serve_page"):
        result = fn(page, request, args, kwargs)
        if isinstance(result, HttpResponse):
            return result
    return chain(page, request, args, kwargs)
