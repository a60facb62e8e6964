"""Every Spanish page of the demo reads in Spanish.

The test builds the demo site, then reads it as a Spanish reader would: every /es/
address in the sitemap, and every /es/ link found on those pages (listings, filters,
bills, the statement and its thank-you page's neighbours), and fails on

- visible English outside an element marked `lang="en"`: any English interface
  message of the catalog, and any English text of the demo pages, found in the page's
  text or in what a screen reader says (alt, aria-label, title);
- any sentence that reads as English (more English than Spanish function words, see
  `english_sentences`) outside an element marked `lang="en"`, whatever its source:
  official bill data, an untranslated segment, a field synced from the English page;
- a number written with a comma or a point between thousands ("34,000", "34.000"):
  Spanish pages write them one way, through Django's localization ("34 000");
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
#: Elements that end a run of text: a sentence never runs across them.
BLOCKS = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "dt", "dd", "div"}
BLOCKS |= {"section", "summary", "figcaption", "blockquote", "label", "option", "button"}
BLOCKS |= {"header", "footer", "nav", "article", "aside", "main", "ul", "ol", "form", "br"}
BLOCKS |= {"title", "legend", "caption", "select", "tr", "table"}


def words(text):
    return frozenset(re.findall(r"\S+", text))


#: Function words of each language, none of them a word of the other ("a", "no", "me"
#: and "he" are left out: both languages have them).
ENGLISH_WORDS = words(
    "the and of to in is are was were for with that this these those on by from be been "
    "has have had it its their they them you your we our not or an at as who what which "
    "when where can will would should may must about into than then there here",
)
SPANISH_WORDS = words(
    "el la los las de del que y en un una unos unas por para con se su sus es son al lo "
    "como más o pero este esta estos estas le les nos usted ustedes qué cuando donde "
    "puede está ya sin sobre entre hasta desde también",
)
#: A number with a comma or a point between groups of three digits.
GROUPED_NUMBER = re.compile(r"(?<![\w.,])\d{1,3}(?:[.,]\d{3})+(?![\w]|[.,]\d)")


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
        if tag in BLOCKS:
            self.text.append("\n")
        english = (attrs.get("lang") or "").startswith("en")
        if tag == "a" and attrs.get("href"):
            self.links.append((attrs["href"], attrs.get("hreflang")))
        if tag in ("script", "style", "template"):
            self.hidden += 1
        if not (english or self._english()):
            self.text.extend(f"\n{attrs[name]}\n" for name in VOICED_ATTRIBUTES if attrs.get(name))
        if tag not in VOID:
            self.stack.append((tag, english))

    def handle_endtag(self, tag):
        if tag in BLOCKS:
            self.text.append("\n")
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


def read_runs(html):
    """The runs of text outside `lang="en"`, one per block element (or attribute)."""
    reader = _Reader()
    reader.feed(html)
    runs = "".join(f" {piece} " if piece != "\n" else "\n" for piece in reader.text)
    return [" ".join(run.split()) for run in runs.split("\n") if run.strip()]


def _words(sentence):
    return re.findall(r"[^\W\d_]+(?:'[^\W\d_]+)?", sentence.lower())


def english_sentences(runs, names=()):
    """The sentences of `runs` that read as English: at least two English function
    words ("the", "of", "with"...) and more of them than Spanish ones ("el", "de",
    "con"...), or, in six words or more, an English one and no Spanish one. The kept
    proper `names` are left out of the count ("One Day to Protect New Yorkers Act" is a
    name, not English prose)."""
    found = []
    for run in runs:
        for sentence in re.split(r"(?<=[.!?;:])\s+", run):
            counted = sentence
            for name in names:
                counted = counted.replace(name, " ")
            words = _words(counted)
            english = sum(word in ENGLISH_WORDS for word in words)
            spanish = sum(word in SPANISH_WORDS for word in words)
            if (english >= 2 and english > spanish) or (
                english and not spanish and len(words) >= 6
            ):
                found.append(sentence)
    return found


def numbers_written_in_english(runs):
    """Numbers with a comma or a point between thousands, outside `lang="en"`."""
    return [number for run in runs for number in GROUPED_NUMBER.findall(run)]


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
        html = response.content.decode()
        text, links = read(html)
        english += [(url, s) for s in english_in(text, strings, names)]
        runs = read_runs(html)
        english += [(url, s) for s in english_sentences(runs, names)]
        english += [(url, n) for n in numbers_written_in_english(runs)]
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


def test_the_sentence_check_finds_english_outside_lang_en_only():
    """The crawl's heuristic fails on the kinds of English testers found: a bill's
    official relation note, a half-translated paragraph, an English description."""
    names = kept_names()
    html = (
        "<main><h2>Proyectos de ley relacionados</h2>"
        "<ul><li>Aprobado como ley mediante: FY2020 state budget (public protection and "
        "general government bill), Part OO, signed 12 April 2019</li></ul>"
        "<p>Cada caso es distinto. Consulte con un abogado antes de declararse culpable.</p>"
        "<p>A law school clinic we work with on offenses that keep young people from DACA.</p>"
        '<p lang="en">Lowers the longest sentence for a class A misdemeanor to 364 days.</p>'
        "<p>Con Human Rights Watch y la One Day to Protect New Yorkers Act.</p>"
        '<img alt="A photo of the people at the rally" src="x.png"></main>'
    )
    found = english_sentences(read_runs(html), names)
    assert found == [
        "FY2020 state budget (public protection and general government bill), Part OO, "
        "signed 12 April 2019",
        "A law school clinic we work with on offenses that keep young people from DACA.",
        "A photo of the people at the rally",
    ]


def test_the_number_check_finds_numbers_grouped_the_english_way():
    runs = read_runs(
        "<p>Más de 34,000 personas; más de 34.000 deportaciones.</p>"
        "<p>Más de 34\xa0000 personas, en 2019, §70.15, (212) 725-6422, S.1825, 1,5 %.</p>"
        '<p lang="en">More than 34,000 people.</p>'
    )
    assert numbers_written_in_english(runs) == ["34,000", "34.000"]
