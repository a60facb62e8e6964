"""The sitemap: an index (`/sitemap.xml`) of sections, one per language and page type
(and whatever other apps add, such as bills), each split into pages of at most
URLS_PER_SITEMAP_PAGE addresses, with hreflang alternates.

A section page reads one page of one type in one language through an index, so its
cost does not depend on how much else the site holds; its entries are built from page
rows and written without a template (pages/sitemap_pages.py, pages/sitemap_xml.py), so
it costs little per address. Neither the index nor a section page depends on the
reader's language, so the page cache keeps the whole responses
(`same_in_every_language`, idp_site/caching/middleware.py); the section sizes and the
first id of each section page are derived values, kept until the next change to the site.

Wagtail's own sitemap lists the descendants of the site's root page only, which is the
English home; the Spanish home is its translation, a sibling in the tree, so Spanish
pages would be missing.
"""

import math
from collections import defaultdict
from dataclasses import dataclass

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Count
from django.http import Http404, HttpResponse
from django.urls import reverse
from wagtail import hooks
from wagtail.models import Page, Site, get_page_models

from idp_site.caching.derived import cached_derived
from idp_site.caching.middleware import same_in_every_language
from pages import sitemap_pages, sitemap_xml
from pages.models.base import public_only

#: At most this many addresses per sitemap page (the protocol allows 50,000). A full
#: render costs a fixed 8-15 ms (the request, the section) and, per address with its
#: language versions, 10 µs of reading rows, 12-15 µs of writing XML and about 450 bytes
#: to send (docs/benchmark.md, on 2 vCPUs where a bare Django view answers 2,300
#: requests a second): a page of 100 bills came to 1.50-1.55 times a page of the demo
#: content's five, over the 1.5 bound on growth. Search engines fetch the pages the
#: index lists, each kept until its own section changes; 10,000 reports make 200.
URLS_PER_SITEMAP_PAGE = 50

#: Other apps add sections by registering a function under this hook name that takes
#: the request and returns a list of `Section`s (campaigns adds the bill pages).
SITEMAP_SECTIONS_HOOK = "sitemap_sections"


@dataclass
class Section:
    """One section of the sitemap. `name` appears in its address; `count()` and
    `urls(request, start, stop)` (dicts for Django's sitemap.xml template) are read only
    when needed."""

    name: str
    count: object
    urls: object


def homes(request):
    """The site's home page in every language (the root and its translations)."""
    root = Site.find_for_request(request).root_page
    return list(
        Page.objects.filter(translation_key=root.translation_key, alias_of__isnull=True)
        .live()
        .select_related("locale")
    )


def _pages_under(home, model=Page):
    return public_only(
        model.objects.filter(
            path__startswith=home.path,
            depth__gte=home.depth,
            locale_id=home.locale_id,
            live=True,
            alias_of__isnull=True,
        )
    )


def page_sections(request, counts=None):
    """A section per language and page type. With `counts` ({(locale_id, content type
    id): n}, from `page_counts`), only the types that have pages."""
    sections = []
    all_homes = homes(request)
    for home in all_homes:
        for model in get_page_models():
            if model is Page:
                continue
            ct = ContentType.objects.get_for_model(model)
            if counts is not None and not counts.get((home.locale_id, ct.pk)):
                continue
            sections.append(_page_section(home, model, ct, counts, all_homes))
    return sections


def _page_section(home, model, ct, counts, all_homes):
    language = home.locale.language_code
    name = f"{language}-{ct.app_label}-{ct.model}"

    # Built only when read: a request builds every section to find its own.
    def pages():
        # Through the partial index on (locale, content type, id) of live pages
        # (migration 0010): one page of one section reads its own rows only.
        return _pages_under(home).filter(content_type_id=ct.pk).order_by("pk")

    def count():
        if counts is not None:
            return counts.get((home.locale_id, ct.pk), 0)
        return pages().count()

    def urls(request, start, stop):
        if sitemap_pages.from_rows(model):
            first = _first_pk(request, name, ct, pages, start)
            if first is None:
                return []
            rows = pages().filter(pk__gte=first)
            return sitemap_pages.entries(request, all_homes, rows, 0, stop - start)
        typed = _pages_under(home, model).filter(content_type_id=ct.pk).order_by("pk")
        return page_urls(request, list(typed.defer_streamfields()[start:stop]))

    return Section(name, count, urls)


def _first_pk(request, name, ct, pages, start):
    """The id of the `start`-th page of a section (a multiple of URLS_PER_SITEMAP_PAGE),
    or None past its end. A deep sitemap page then reads its own rows through the index
    from that id on, instead of skipping every row before it (OFFSET): its cost does not
    grow with its number. The first id of every sitemap page is read in one index scan
    and kept, like the section sizes, until the next change to the site."""

    def build():
        ids = pages().values_list("pk", flat=True)
        return list(ids)[::URLS_PER_SITEMAP_PAGE]

    key = f"sitemap-starts:{request.get_host()}:{name}:{URLS_PER_SITEMAP_PAGE}"
    starts = cached_derived(key, build)
    number = start // URLS_PER_SITEMAP_PAGE
    return starts[number] if number < len(starts) else None


def page_counts(request):
    """{(locale_id, content type id): live public pages}, in one query."""
    counts = {}
    for home in homes(request):
        rows = (
            _pages_under(home)
            .order_by()
            .values("locale_id", "content_type_id")
            .annotate(n=Count("pk"))
        )
        counts.update({(r["locale_id"], r["content_type_id"]): r["n"] for r in rows})
    return counts


def page_urls(request, pages):
    """The sitemap entries of `pages`, each with its language versions, from Wagtail's
    `get_sitemap_urls` (for page types that override it or the page's address; the
    others are built from rows, pages/sitemap_pages.py)."""
    alternates = _alternates(request, pages)
    urls = []
    for page in pages:
        versions = alternates.get(page.translation_key, [])
        links = []
        if len(versions) > 1:
            links = [{"lang_code": code, "location": url} for code, url in versions]
            default = dict(versions).get(settings.LANGUAGE_CODE)
            if default:
                links.append({"lang_code": "x-default", "location": default})
        for url_info in page.get_sitemap_urls(request):
            url_info.setdefault("alternates", links)
            urls.append(url_info)
    return urls


def _alternates(request, pages):
    """Language versions of `pages`, by translation key, in one query."""
    keys = {page.translation_key for page in pages}
    by_key = defaultdict(list)
    versions = public_only(
        Page.objects.filter(translation_key__in=keys, alias_of__isnull=True, live=True)
    ).select_related("locale")
    for version in sorted(versions, key=lambda v: v.locale.language_code):
        by_key[version.translation_key].append(
            (version.locale.language_code, version.get_full_url(request))
        )
    return by_key


def other_sections(request):
    return [section for fn in hooks.get_hooks(SITEMAP_SECTIONS_HOOK) for section in fn(request)]


def _xml(body):
    return HttpResponse(body, content_type="application/xml; charset=utf-8")


@same_in_every_language
def index(request):
    """`/sitemap.xml`: the list of section pages."""

    host = request.get_host()
    # Counts over every page: an aggregate, kept until the next change to the site.
    sizes = cached_derived(f"sitemap-sizes:{host}", lambda: section_sizes(request))
    locations = []
    for name, size in sizes:
        pages = math.ceil(size / URLS_PER_SITEMAP_PAGE)
        location = request.build_absolute_uri(reverse("sitemap_section", kwargs={"section": name}))
        locations += [f"{location}?p={n}" for n in range(1, pages + 1)]
    return _xml(sitemap_xml.sitemapindex(locations))


def section_sizes(request):
    """[(section name, number of addresses)] for every section, in a few queries."""
    counts = page_counts(request)
    return [(s.name, s.count()) for s in page_sections(request, counts) + other_sections(request)]


@same_in_every_language
def section(request, section):
    """`/sitemap-<section>.xml?p=N`: one page of one section."""
    page = request.GET.get("p", "1")
    if not page.isdigit() or int(page) < 1:
        raise Http404
    page = int(page)
    found = [s for s in page_sections(request) + other_sections(request) if s.name == section]
    if not found:
        raise Http404
    start = (page - 1) * URLS_PER_SITEMAP_PAGE
    urls = found[0].urls(request, start, start + URLS_PER_SITEMAP_PAGE)
    if not urls and page > 1:
        raise Http404
    return _xml(sitemap_xml.urlset(urls))
