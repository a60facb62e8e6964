"""Sitemap entries of pages built from their rows, so that a section page costs little
more for a thousand pages than for ten.

Wagtail's `get_sitemap_urls` asks every page for its full address (`get_full_url`: the
site root paths, a `reverse()` under the page's language) and the alternates ask every
language version again. For a page below a language's home page, with no other site
root in between, `Page.get_url_parts` gives the home's address followed by the page's
url path below the home's, URL-quoted as `reverse()` quotes it (slugs are letters,
digits and hyphens; only non-ASCII letters are quoted). So the home's full address is
asked of Wagtail once per request, and each page's is built from `url_path`. Anything
else (a page outside its language's home, a nested site root, WAGTAIL_APPEND_SLASH
off) is asked of Wagtail itself, in one query for all of them.

Only for page types that leave Wagtail's `get_sitemap_urls`, `get_url_parts` and
`get_full_url` alone (`from_rows`); a type that overrides one is read as pages.
tests/pages/test_sitemap_addresses.py compares the result with Wagtail's own.
"""

import re
from collections import defaultdict
from urllib.parse import quote

from django.conf import settings
from django.db.models.functions import Coalesce
from django.utils.http import RFC3986_SUBDELIMS
from wagtail.models import Page, Site

from pages.models.base import public_only

#: The fields of a page row: what an entry needs, nothing of the page's content;
#: `lastmod` as Wagtail's `get_sitemap_urls` gives it (`LASTMOD`).
ROW = ("pk", "url_path", "locale_id", "translation_key", "lastmod")
LASTMOD = Coalesce("last_published_at", "latest_revision_created_at")
#: What `reverse()` leaves unquoted in a path (django.urls.resolvers).
PATH_SAFE = RFC3986_SUBDELIMS + "/~:@"
#: A path `quote(path, PATH_SAFE)` leaves as it is (ASCII slugs): not worth quoting.
PLAIN_PATH = re.compile(r"[A-Za-z0-9_./~-]*\Z")
WAGTAIL_METHODS = ("get_sitemap_urls", "get_url_parts", "get_full_url")


def from_rows(model):
    """Whether the entries of `model`'s pages can be built from rows: it gives its
    address and sitemap entries as Wagtail's `Page` does."""
    return all(getattr(model, name) is getattr(Page, name) for name in WAGTAIL_METHODS)


class Addresses:
    """Full addresses of pages from their rows, for one request (module docstring)."""

    def __init__(self, request, homes):
        self.request = request
        roots = [root.root_path for root in Site.get_site_root_paths()]
        self.bases = {}
        if not getattr(settings, "WAGTAIL_APPEND_SLASH", True):
            return  # addresses lose their final slash: every page is asked
        for home in homes:
            base = home.get_full_url(request)
            if base and base.endswith("/"):
                nested = tuple(
                    r for r in roots if r != home.url_path and r.startswith(home.url_path)
                )
                self.bases[home.locale_id] = (home.url_path, base, nested)

    def of(self, rows):
        """{pk: full address} of `rows` ((pk, url_path, locale_id, ...) tuples)."""
        found, missing = {}, []
        for pk, url_path, locale_id, *_rest in rows:
            address = self._built(url_path, locale_id)
            if address is None:
                missing.append(pk)
            else:
                found[pk] = address
        if missing:
            for page in Page.objects.filter(pk__in=missing):
                found[page.pk] = page.get_full_url(self.request)
        return found

    def _built(self, url_path, locale_id):
        home = self.bases.get(locale_id)
        if home is None:
            return None
        home_path, base, nested = home
        if not url_path.startswith(home_path) or url_path.startswith(nested):
            return None
        path = url_path[len(home_path) :]
        return base + (path if PLAIN_PATH.match(path) else quote(path, safe=PATH_SAFE))


def entries(request, homes, pages, start, stop):
    """The sitemap entries of `pages[start:stop]` (an ordered queryset of `Page` in one
    language), each with its language versions as `pages.sitemap.page_urls` gives them
    for pages; in two queries, the second reading only the other languages' versions
    (none, for most pages)."""
    page_rows = list(pages.annotate(lastmod=LASTMOD).values_list(*ROW)[start:stop])
    addresses = Addresses(request, homes)
    own = addresses.of(page_rows)
    codes = {home.locale_id: home.locale.language_code for home in homes}
    versions = defaultdict(list)
    for pk, _path, locale_id, key, _lastmod in page_rows:
        versions[key].append((codes.get(locale_id), own[pk]))
    if page_rows:
        _add_other_versions(addresses, versions, page_rows[0][2])
    urls = []
    for pk, _path, _locale, key, lastmod in page_rows:
        urls.append({"location": own[pk], "lastmod": lastmod, "alternates": _links(versions[key])})
    return urls


def _add_other_versions(addresses, versions, locale_id):
    """Add to `versions` ({translation key: [(language, address)]}) the live public
    versions of its keys in languages other than `locale_id`'s, in one query."""
    rows = list(
        public_only(
            Page.objects.filter(
                translation_key__in=list(versions), alias_of__isnull=True, live=True
            )
        )
        .exclude(locale_id=locale_id)
        .values_list("pk", "url_path", "locale_id", "translation_key", "locale__language_code")
    )
    found = addresses.of(rows)
    for pk, _path, _locale, key, code in rows:
        versions[key].append((code, found[pk]))


def _links(versions):
    """The hreflang links of a page's `versions` ([(language, address)]), by language,
    with x-default; none for a page in one language only."""
    if len(versions) < 2:
        return []
    versions = sorted(versions, key=lambda version: version[0])
    links = [{"lang_code": code, "location": url} for code, url in versions]
    default = dict(versions).get(settings.LANGUAGE_CODE)
    if default:
        links.append({"lang_code": "x-default", "location": default})
    return links
