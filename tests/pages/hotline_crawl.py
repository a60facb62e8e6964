"""Reads every public page of a site as a visitor does, and finds the hotline on them.

`crawl` starts from the home pages of both languages, the sitemap, a search and the
forms' confirmations, and follows every internal link (feeds are read, not followed).
`occurrences` finds a phone number however it is written (punctuation, country code,
`tel:` target, `&nbsp;`); `typed_copies` finds the ones that do not come from the Help
line: every template, the hotline element and the hotline block mark theirs with
`data-hotline`, and the page's structured data carries the live number as its
`telephone`. Anything else is a copy someone typed, which would stay behind when the
number changes."""

import html as html_lib
import re
from collections import deque
from urllib.parse import urldefrag, urlsplit

from pages.models.help_line import tel_target
from pages.phone_numbers import national_digits

SKIP_PREFIXES = ("/documents/", "/media/", "/static/", "/admin/", "/django-admin/")
MAX_PAGES = 800
EXTRA_STARTS = (
    "/en/search/?q=deportation",
    "/es/search/?q=deportaci%C3%B3n",
    "/en/get-legal-help/thanks/",
    "/en/attorneys/thanks/",
    "/es/ayuda-legal/thanks/",
    "/es/abogados/thanks/",
)
HREF = re.compile(r"""<a\b[^>]*?\bhref=["']([^"']+)["']""", re.IGNORECASE)
FROM_HELP_LINE = re.compile(r"<a\b[^>]*\bdata-hotline\b[^>]*>.*?</a\s*>", re.IGNORECASE | re.DOTALL)
HELP_BAR = re.compile(r'<aside class="help-bar".*?</aside>', re.DOTALL)
_GAP = r"(?:[\s.\-\u00a0]|&nbsp;|&#160;)*"


def number_pattern(number):
    """A regex for `number` written any usual way: (212) 725-6422, 212.725.6422,
    +1 212 725 6422, tel:+12127256422."""
    digits = national_digits(number)
    area, exchange, line = digits[:3], digits[3:6], digits[6:]
    return re.compile(
        rf"(?<!\d)(?:\+?1{_GAP})?\(?{area}\)?{_GAP}{exchange}{_GAP}{line}(?!\d)",
        re.IGNORECASE,
    )


def occurrences(text, number):
    return number_pattern(number).findall(text)


def typed_copies(html, number):
    """The copies of `number` in a page that do not come from the Help line."""
    text = FROM_HELP_LINE.sub(" ", html)
    text = text.replace(f'"telephone": "{tel_target(number)}"', " ")
    return occurrences(text, number)


def help_bar(html):
    found = HELP_BAR.search(html)
    return found.group(0) if found else ""


def sitemap_paths(client, host):
    xml = client.get("/sitemap.xml", HTTP_HOST=host).content.decode()
    return {urlsplit(loc).path for loc in re.findall(r"<loc>([^<]+)</loc>", xml)}


def _internal(href, host):
    href = html_lib.unescape(urldefrag(href)[0])
    parts = urlsplit(href)
    if parts.scheme not in ("", "http", "https") or (parts.netloc and parts.netloc != host):
        return None
    if not parts.path.startswith(("/en/", "/es/")) or parts.path.startswith(SKIP_PREFIXES):
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def crawl(client, host):
    """[(address, status, body as text)] of every public page reachable from the home
    pages and the sitemap; a feed's body is unescaped so its HTML reads like a page's."""
    start = {"/en/", "/es/", *EXTRA_STARTS, *sitemap_paths(client, host)}
    queue, seen, pages = deque(sorted(start)), set(start), []
    while queue and len(pages) < MAX_PAGES:
        url = queue.popleft()
        response = client.get(url, HTTP_HOST=host)
        body = response.content.decode() if response.status_code == 200 else ""
        is_feed = "xml" in response.get("Content-Type", "")
        pages.append((url, response.status_code, html_lib.unescape(body) if is_feed else body))
        targets = [response.get("Location", "")] + ([] if is_feed else HREF.findall(body))
        for href in targets:
            target = _internal(href, host) if href else None
            if target and target not in seen:
                seen.add(target)
                queue.append(target)
    return pages
