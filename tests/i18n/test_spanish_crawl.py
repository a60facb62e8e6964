"""Every Spanish page of the demo reads in Spanish.

The test builds the demo site, then reads it as a Spanish reader would: every /es/
address in the sitemap, and every /es/ link found on those pages (listings, filters,
bills, the statement and its thank-you page's neighbours), and fails on

- visible English outside an element marked `lang="en"`: any English interface
  message of the catalog, and any English text of the demo pages, found in the page's
  text or in what a screen reader says (alt, aria-label, title);
- a link from a Spanish page to /en/ where a Spanish page exists (the language
  switcher, marked `hreflang`, is the one link meant to change language).

Proper names the glossary keeps in English (docs/glossary-es.md) are not English text.
"""

import re
from collections import deque
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urldefrag, urlsplit

import polib
import pytest
from django.conf import settings
from wagtail.models import Site
from wagtail_localize.models import StringSegment

pytestmark = pytest.mark.django_db

CATALOG = Path(settings.BASE_DIR) / "locale" / "es" / "LC_MESSAGES" / "django.po"
GLOSSARY = Path(settings.BASE_DIR) / "docs" / "glossary-es.md"
SKIP_PREFIXES = ("/documents/", "/media/", "/static/", "/admin/")
MAX_PAGES = 400
FORM_CONFIRMATIONS = (
    "/es/ayuda-legal/thanks/",
    "/es/abogados/thanks/",
    "/es/campanas/un-dia/declaracion-de-apoyo/thanks/",
)
VOICED_ATTRIBUTES = ("alt", "aria-label", "title", "placeholder")
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source"}
VOID |= {"track", "wbr"}


def kept_names():
    """The proper names docs/glossary-es.md keeps in English."""
    text = GLOSSARY.read_text(encoding="utf-8").split("## Kept in English", 1)[1]
    paragraph = text.strip().split("\n\n", 1)[0].replace("\n", " ")
    names = paragraph.split(":", 1)[1]
    return [name.strip(" .") for name in names.split(",")]


def _fragments(text):
    """The literal parts of a message or text, without placeholders and markup."""
    text = re.sub(r"<[^>]+>", " ", text)
    parts = re.split(r"%\(\w+\)[sdf]|%[sd]|\{\{[^}]*\}\}|\{\w*\}", text)
    return [" ".join(part.split()).strip(" .,:;()\"'«»") for part in parts]


def english_strings():
    """English the Spanish edition must not show: catalog messages (where the Spanish
    differs) and the text of the English demo pages (where it is not a kept name)."""
    names = kept_names()
    found = set()
    for entry in polib.pofile(str(CATALOG)):
        spanish = entry.msgstr or entry.msgstr_plural.get(0, "")
        if entry.msgid and spanish and spanish != entry.msgid:
            found.update(_fragments(entry.msgid))
    segments = StringSegment.objects.filter(source__locale__language_code="en")
    for text in segments.values_list("string__data", flat=True):
        found.update(_fragments(text))
    for name in names:
        found.discard(name)
    # Long enough to be English rather than a shared word ("Total", "DACA", "PDF").
    return sorted(s for s in found if len(s) >= 6 and not re.fullmatch(r"[\W\d_]+", s))


class _Reader(HTMLParser):
    """Collects the text a reader sees or hears outside `lang="en"`, and the links."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []  # (tag, english) for each open element
        self.hidden = 0
        self.text = []
        self.links = []  # (href, hreflang)

    def _english(self):
        return any(english for _tag, english in self.stack)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        english = (attrs.get("lang") or "").startswith("en")
        if tag == "a" and attrs.get("href"):
            self.links.append((attrs["href"], attrs.get("hreflang")))
        if tag in ("script", "style", "template"):
            self.hidden += 1
        if not (english or self._english()):
            self.text.extend(attrs[name] for name in VOICED_ATTRIBUTES if attrs.get(name))
        if tag not in VOID:
            self.stack.append((tag, english))

    def handle_endtag(self, tag):
        if tag in ("script", "style", "template"):
            self.hidden = max(0, self.hidden - 1)
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index][0] == tag:
                del self.stack[index:]
                break

    def handle_data(self, data):
        if not self.hidden and not self._english() and data.strip():
            self.text.append(data)


def read(html):
    reader = _Reader()
    reader.feed(html)
    return " ".join(" ".join(reader.text).split()), reader.links


def english_in(text, strings, names=()):
    """The English `strings` found in `text`, not counting the kept proper `names`
    ("One Day to Protect New Yorkers Act" is a bill's name, not English prose)."""
    for name in names:
        text = text.replace(name, " ")
    return [s for s in strings if re.search(r"(?<!\w)" + re.escape(s) + r"(?!\w)", text)]


def sitemap_paths(client, host):
    xml = client.get("/sitemap.xml", HTTP_HOST=host).content.decode()
    return {urlsplit(loc).path for loc in re.findall(r"<loc>([^<]+)</loc>", xml)}


def _internal(href, host):
    href = urldefrag(href)[0]
    parts = urlsplit(href)
    if parts.scheme not in ("", "http", "https") or (parts.netloc and parts.netloc != host):
        return None
    if not parts.path.startswith("/") or parts.path.startswith(SKIP_PREFIXES):
        return None
    if parts.path.endswith("/feed/"):
        return None  # Atom, not a page
    return parts.path + (f"?{parts.query}" if parts.query else "")


def crawl(client, host):
    """(addresses read, English found, English links where Spanish exists, bad statuses)."""
    strings, names = english_strings(), kept_names()
    # Pages no link leads to: a search, and the forms' confirmations.
    start = {"/es/", "/es/search/?q=deportaci%C3%B3n", *FORM_CONFIRMATIONS}
    start |= {p for p in sitemap_paths(client, host) if p.startswith("/es/")}
    queue, seen = deque(sorted(start)), set(start)
    english, links_to_english, statuses, read_pages = [], [], [], []
    spanish_exists = {}
    while queue and len(read_pages) < MAX_PAGES:
        url = queue.popleft()
        response = client.get(url, HTTP_HOST=host)
        read_pages.append(url)
        if response.status_code != 200:
            statuses.append((url, response.status_code, response.get("Location")))
            continue
        text, links = read(response.content.decode())
        english += [(url, s) for s in english_in(text, strings, names)]
        for href, hreflang in links:
            target = _internal(href, host)
            if target is None:
                continue
            if target.startswith("/en/") and not hreflang:
                if target not in spanish_exists:
                    # The routing rule answers: /es/<english path> redirects when a
                    # Spanish translation exists.
                    es = client.get("/es/" + target[4:], HTTP_HOST=host)
                    spanish_exists[target] = es.status_code == 301
                if spanish_exists[target]:
                    links_to_english.append((url, target))
            elif target.startswith("/es/") and target not in seen:
                seen.add(target)
                queue.append(target)
    return read_pages, english, links_to_english, statuses


def test_every_spanish_page_of_the_demo_reads_in_spanish(client, demo_content):
    host = Site.objects.get(is_default_site=True).hostname
    read_pages, english, links_to_english, statuses = crawl(client, host)

    # The sitemap's Spanish pages, and what only links reach: bill pages, filters.
    assert len(read_pages) > 24
    assert any("/bills/" in url for url in read_pages)
    assert any("?topic=" in url for url in read_pages)
    assert set(FORM_CONFIRMATIONS) <= set(read_pages)
    assert (statuses, english, links_to_english) == ([], [], [])


def test_the_crawl_sees_english_outside_lang_en_and_not_inside():
    strings = ["Questions and answers", "Get legal help"]
    text, _links = read(
        '<main><h2>Questions and answers</h2><p lang="en">Get legal help</p>'
        '<img alt="Get legal help" src="x.png"></main>'
    )
    assert english_in(text, strings) == ["Questions and answers", "Get legal help"]
    text, _links = read('<main><div lang="en"><h2>Questions and answers</h2></div></main>')
    assert english_in(text, strings) == []


def test_kept_names_come_from_the_glossary():
    names = kept_names()
    assert "Immigrant Defense Project" in names
    assert "Drug Policy Alliance" in names
