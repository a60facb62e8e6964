"""Checks of what a rendered page claims, for the demo crawl (test_demo_claims.py).

- A "thank the sponsor (for introducing the bill)" call to action, in English or
  Spanish, on a page that shows no bill: there is no sponsor to thank.
- A document button or link (a button, a call to action, a download, or a link whose
  words promise a document: full text, report, download...) whose address is a home page
  (`/`, `/en/`, `/es/`, or the root of another site): the reader is promised a document
  and lands on a front page.

Only the page's <main> is read: the header's logo and menus rightly link home.
"""

import re
from html.parser import HTMLParser
from urllib.parse import urlsplit

THANK_THE_SPONSOR = re.compile(
    r"thank the sponsor|for introducing the bill|"
    r"d[ée] las gracias a quien lo patrocina|por presentar el proyecto de ley",
    re.IGNORECASE,
)
#: Words of a link that promises a document.
DOCUMENT_WORDS = re.compile(
    r"full text|full report|\breport\b|document|download|\bpdf\b|\bchart\b|toolkit|manual|"
    r"texto completo|informe|documento|descarg|\btabla\b|gu[ií]a",
    re.IGNORECASE,
)
#: Blocks whose links are document buttons whatever their words.
DOCUMENT_CLASSES = {"button", "block-cta", "block-document", "report__download"}
HOME_PATHS = {"", "/", "/en", "/en/", "/es", "/es/"}
#: A link to a bill's page (a campaign showing its bills links each).
BILL_LINK = re.compile(r"/bills/[-\w]+/[-\w]+/[\w.-]+/")
VOID = {"br", "img", "input", "meta", "link", "hr", "source", "wbr", "area", "col", "embed"}


class _MainLinks(HTMLParser):
    """The links inside <main>: (href, classes of the link and its ancestors, text)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []  # (tag, classes) of open elements
        self.in_main = 0
        self.links, self.text = [], []
        self._link = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        classes = set((attrs.get("class") or "").split())
        if tag == "main":
            self.in_main += 1
        if tag == "a" and self.in_main:
            around = set().union(*(c for _t, c in self.stack)) if self.stack else set()
            self._link = [attrs.get("href") or "", classes | around, []]
        if tag not in VOID:
            self.stack.append((tag, classes))

    def handle_endtag(self, tag):
        if tag == "a" and self._link is not None:
            href, classes, words = self._link
            self.links.append((href, classes, " ".join(" ".join(words).split())))
            self._link = None
        if tag == "main" and self.in_main:
            self.in_main -= 1
        while self.stack:
            open_tag, _classes = self.stack.pop()
            if open_tag == tag:
                break

    def handle_data(self, data):
        if self.in_main:
            self.text.append(data)
            if self._link is not None:
                self._link[2].append(data)


def _read(markup):
    parser = _MainLinks()
    parser.feed(markup)
    parser.close()
    return parser


def is_home_page(href):
    """Whether an address leads to a front page: this site's (any language) or another's."""
    parts = urlsplit(href.strip())
    if href.strip().startswith(("#", "mailto:", "tel:")):
        return False
    return parts.path in HOME_PATHS and not parts.query and not parts.fragment


def home_page_document_links(markup):
    """(text, href) of each document button or link in <main> that leads to a front page."""
    found = []
    for href, classes, text in _read(markup).links:
        is_document = bool(classes & DOCUMENT_CLASSES) or DOCUMENT_WORDS.search(text)
        if is_document and is_home_page(href):
            found.append((text, href))
    return found


def sponsor_thanks_without_a_bill(markup):
    """The "thank the sponsor" words a page shows although it links no bill (else [])."""
    page = _read(markup)
    text = " ".join(" ".join(page.text).split())
    thanks = [m.group(0) for m in THANK_THE_SPONSOR.finditer(text)]
    if not thanks or any(BILL_LINK.search(href) for href, _c, _t in page.links):
        return []
    return thanks


def untrue_claims(markup):
    """Every finding of both checks, as readable strings (empty when the page is fine)."""
    return [
        f"thanks a sponsor without a bill: {t!r}" for t in sponsor_thanks_without_a_bill(markup)
    ] + [
        f"document link to a home page: {text!r} -> {href}"
        for text, href in home_page_document_links(markup)
    ]
