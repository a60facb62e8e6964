"""Rows nearly every request reads, read once per process instead of once per use.

Rendering a page used to look up the active `Locale` two or three times, the `Site`
for the host once, and the view restrictions (one query for the page, another for
each listing of pages). These rows change rarely, and every change to them already
invalidates the page cache (pages/cache.py), so they are kept in `process_memo`, which
that same invalidation drops:

- `Locale.objects.get_for_language()` (and so `Locale.get_active()` and
  `Locale.get_default()`, which Wagtail calls throughout routing, `.localized` and
  translations) answers from the locales read once. Wagtail offers no setting for this,
  so `install()` replaces that one manager method; its behaviour is unchanged: a
  DoesNotExist for an unknown language, a fresh copy of the row each time.
- `Site.find_for_request()` finds the site for the host from the sites read once
  (`install()` replaces the private `Site._find_for_request` it calls; the result is
  a copy per request, and Wagtail still keeps it on the request).
- `view_restrictions()` lists every page view restriction with the paths it covers;
  `BasePage.get_view_restrictions()` and `public_only()` read it instead of querying.
- `localized_root()` is the home page of the request's site in the reader's language,
  where routing starts (pages/routing.py).
"""

import copy
from dataclasses import dataclass

from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, LocaleManager, Page, PageViewRestriction, Site
from wagtail.models.sites import get_site_for_hostname

from pages.cache import process_memo

# At most this many host names are remembered per generation: the Host header is the
# reader's to choose, and each one must not cost memory.
MAX_REMEMBERED_HOSTS = 32


# Locales ----------------------------------------------------------------------------


def _locales():
    return process_memo(
        "locales", lambda: {locale.language_code: locale for locale in Locale.objects.all()}
    )


def locale_by_id(locale_id):
    """The locale with this id, from the process's copy (None if there is none)."""
    for locale in _locales().values():
        if locale.pk == locale_id:
            return copy.copy(locale)
    return None


def _get_for_language(self, language_code):
    """`LocaleManager.get_for_language`, answered from this process's copy of the rows."""
    code = get_supported_content_language_variant(language_code)  # LookupError as before
    locale = _locales().get(code)
    if locale is None:
        raise Locale.DoesNotExist(f"No locale for language code {code!r}")
    return copy.copy(locale)


def install():
    """Route Wagtail's locale and site lookups through the process copies (called from
    AppConfig.ready). Both are looked up lazily, so a request that needs neither (a
    health check, robots.txt) still touches no database."""
    LocaleManager.get_for_language = _get_for_language
    Site._find_for_request = staticmethod(site_for_request)


# Sites ------------------------------------------------------------------------------


def site_for_request(request):
    """`Site._find_for_request`: the site for the request's host and port, from the
    process copy. (Wagtail keeps the answer on the request as `_wagtail_site`.)"""
    from django.http.request import split_domain_port

    hostname = split_domain_port(request._get_raw_host())[0]
    port = request.get_port()
    sites = process_memo("sites", dict)  # filled here, one host at a time
    key = (hostname, port)
    if key not in sites:
        try:
            site = get_site_for_hostname(hostname, port)
        except Site.DoesNotExist:
            site = None
        if len(sites) >= MAX_REMEMBERED_HOSTS:
            return _copy_site(site)
        sites[key] = site
    return _copy_site(sites[key])


def _copy_site(site):
    """A copy of a remembered site (and of the root page it carries) for one request,
    so nothing a request caches on them reaches the next one."""
    if site is None:
        return None
    site = copy.copy(site)
    root = site._state.fields_cache.get("root_page")
    if root is not None:
        site._state.fields_cache["root_page"] = copy.copy(root)
    return site


@dataclass(frozen=True)
class RootPage:
    """What routing needs of a site's home page in one language."""

    pk: int
    path: str
    depth: int


def localized_root(site):
    """The home page readers of the active language start from: the live translation
    of the site's root page, or the root page itself (as `root_page.localized`)."""
    from django.utils.translation import get_language

    def build():
        root = site.root_page.localized
        return RootPage(root.pk, root.path, root.depth)

    return process_memo(f"root:{site.pk}:{site.root_page_id}:{get_language()}", build)


# View restrictions ----------------------------------------------------------------


@dataclass(frozen=True)
class Restriction:
    """A page view restriction and the tree paths of the pages it protects: the page
    itself (unless it is an alias, whose own restrictions Wagtail ignores) and every
    alias of it, each with its descendants."""

    pk: int
    page_path: str
    page_depth: int
    covered_paths: tuple


def view_restrictions():
    """Every view restriction of the site, usually none (one query per generation)."""

    def build():
        rows = list(PageViewRestriction.objects.select_related("page"))
        if not rows:
            return ()
        # Aliases share their source page's restrictions (Page.get_view_restrictions).
        aliases = {}
        sources = {row.page_id for row in rows}
        while sources:
            found = list(
                Page.objects.filter(alias_of_id__in=sources).values_list("pk", "path", "alias_of")
            )
            sources = set()
            for pk, path, source in found:
                if pk not in aliases:
                    aliases[pk] = (path, source)
                    sources.add(pk)

        def covered(page):
            if page.alias_of_id:
                return ()  # pages resolve to their alias's source, never to an alias
            paths = [page.path]
            frontier = {page.pk}
            while frontier:
                frontier = {pk for pk, (_p, source) in aliases.items() if source in frontier}
                paths += [aliases[pk][0] for pk in frontier]
            return tuple(paths)

        return tuple(
            Restriction(row.pk, row.page.path, row.page.depth, covered(row.page)) for row in rows
        )

    return process_memo("view_restrictions", build)


def restrictions_for(page):
    """The view restrictions that apply to `page`, as `Page.get_view_restrictions`
    finds them, without a query when none does."""
    ids = [
        r.pk
        for r in view_restrictions()
        if any(page.path.startswith(path) for path in r.covered_paths)
    ]
    if not ids:
        return PageViewRestriction.objects.none()
    return PageViewRestriction.objects.filter(pk__in=ids)


def private_q():
    """`PageQuerySet.private_q()` from the remembered restrictions (no query)."""
    from django.db.models import Q

    q = Q()
    for r in view_restrictions():
        q |= Q(path__startswith=r.page_path) & Q(depth__gte=r.page_depth)
    return q if q else Q(pk__in=[])
