"""The XML of one sitemap page, written directly rather than through a template: a
section page lists a few hundred addresses, each with its language versions, and
rendering Django's `sitemap.xml` template costs more per entry than reading the
entries does.

The text is the same, byte for byte, as Django's `sitemap.xml` template renders for the
same entries (tests/pages/test_sitemap_addresses.py compares them): every value is
escaped as the template escapes it (`html.escape`, which `django.utils.html.escape`
wraps; its entities are valid XML), and `lastmod` is the day in the current time zone,
as the template's `date:"Y-m-d"` gives.
"""

import datetime
import functools
import re
from html import escape as html_escape

from django.conf import settings
from django.utils import timezone

#: What `html.escape` changes; most addresses hold none of it.
SPECIAL = re.compile(r"[&<>\"']")


def escape(text):
    """`html.escape(text)`, skipped for text it would leave as it is (one scan instead
    of five replacements: a sitemap page escapes a few hundred addresses)."""
    return html_escape(text) if SPECIAL.search(text) else text


HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
    'xmlns:xhtml="http://www.w3.org/1999/xhtml">\n'
)
TAIL = "\n</urlset>\n"


def urlset(urls):
    """The sitemap document for `urls`: dicts with `location` and optionally `lastmod`
    (a date or datetime), `changefreq`, `priority` and `alternates` (dicts with
    `lang_code` and `location`), as Wagtail's `get_sitemap_urls` gives them."""
    zone = timezone.get_current_timezone() if settings.USE_TZ else None
    return HEAD + "".join([_url(url, zone) for url in urls]) + TAIL


def _url(url, zone):
    parts = ["<url><loc>", escape(str(url.get("location", ""))), "</loc>"]
    if url.get("lastmod"):
        parts += ["<lastmod>", day(url["lastmod"], zone), "</lastmod>"]
    for name in ("changefreq", "priority"):
        if url.get(name):
            parts.append(f"<{name}>{escape(str(url[name]))}</{name}>")
    for alternate in url.get("alternates") or ():
        parts += (
            _hreflang(alternate["lang_code"]),
            escape(str(alternate["location"])),
            '"/>',
        )
    parts.append("</url>")
    return "".join(parts)


@functools.lru_cache(maxsize=64)
def _hreflang(code):
    """The opening of an alternate's link, kept by language code: a page of addresses
    repeats the same few codes hundreds of times."""
    return f'<xhtml:link rel="alternate" hreflang="{escape(str(code))}" href="'


def day(value, zone=None):
    """`value` as YYYY-MM-DD; an aware datetime in `zone` (the current time zone, read
    once per document) when time zones are on."""
    if zone is not None and isinstance(value, datetime.datetime) and value.utcoffset() is not None:
        value = value.astimezone(zone)
    return f"{value.year:04d}-{value.month:02d}-{value.day:02d}"


INDEX_HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
)
INDEX_TAIL = "\n</sitemapindex>\n"


def sitemapindex(locations):
    """The sitemap index listing `locations` (addresses of sitemap pages), the same
    text as Django's `sitemap_index.xml` template renders for them: the index grows with
    the content (one entry per page of addresses), so its cost per entry is kept small."""
    entries = [f"<sitemap><loc>{escape(str(location))}</loc></sitemap>" for location in locations]
    return INDEX_HEAD + "".join(entries) + INDEX_TAIL
