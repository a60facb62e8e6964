"""The Spanish catalog and the Spanish demo use the glossary's terms, and only those,
for the concepts it lists (docs/glossary-es.md): no "línea de asesoría" for the
hotline, no "Obtener ayuda legal" where the menu says "Pedir ayuda legal"."""

import re
from pathlib import Path

import polib
import pytest
from django.conf import settings

from idp_site.devtools.demo.translations_es import SPANISH
from idp_site.devtools.demo.translations_es_library import LIBRARY_ES

GLOSSARY = Path(settings.BASE_DIR) / "docs" / "glossary-es.md"
CATALOG = Path(settings.BASE_DIR) / "locale" / "es" / "LC_MESSAGES" / "django.po"


def glossary_rows():
    """(english, spanish, [never...], always) for each row of the Terms table."""
    table = GLOSSARY.read_text(encoding="utf-8").split("## Terms", 1)[1].split("\n\n")[1]
    rows = []
    for line in table.splitlines()[2:]:
        english, spanish, never, always = (cell.strip() for cell in line.strip("|").split("|"))
        banned = [term.strip() for term in never.split(";") if term.strip()]
        rows.append((english, spanish, banned, always == "yes"))
    return rows


def catalog():
    """(msgid, every Spanish form) for each translated catalog entry."""
    entries = []
    for entry in polib.pofile(str(CATALOG)):
        if entry.msgid:
            forms = [entry.msgstr] if entry.msgstr else list(entry.msgstr_plural.values())
            entries.append((entry.msgid, " ".join(forms)))
    return entries


def _contains(text, term):
    return re.search(r"(?<!\w)" + re.escape(term) + r"(?!\w)", text, re.IGNORECASE)


ROWS = glossary_rows()


def test_the_glossary_table_is_read():
    terms = {english: spanish for english, spanish, _never, _always in ROWS}
    assert terms["hotline"] == "línea de ayuda"
    assert terms["Get legal help"] == "Pedir ayuda legal"
    assert terms["misdemeanor"] == "delito menor"
    assert terms["Assembly Member"] == "asambleísta"
    assert len(ROWS) >= 20


@pytest.mark.parametrize(("english", "spanish", "never", "always"), ROWS, ids=[r[0] for r in ROWS])
def test_catalog_and_demo_never_use_another_term(english, spanish, never, always):
    texts = [("catalog", msgid, msgstr) for msgid, msgstr in catalog()]
    texts += [("demo", source, text) for source, text in {**SPANISH, **LIBRARY_ES}.items()]
    wrong = [
        (where, source, term)
        for where, source, text in texts
        for term in never
        if _contains(text, term)
    ]
    assert wrong == []


@pytest.mark.parametrize(
    ("english", "spanish"),
    [(r[0], r[1]) for r in ROWS if r[3]],
    ids=[r[0] for r in ROWS if r[3]],
)
def test_catalog_always_says_the_glossary_term(english, spanish):
    """Where the English message says the term, the Spanish says the glossary's."""
    missing = [
        (msgid, msgstr)
        for msgid, msgstr in catalog()
        if _contains(msgid, english) and not _contains(msgstr, spanish)
    ]
    assert missing == []


def test_the_demo_says_misdemeanor_and_hotline_the_glossary_way():
    for source, text in SPANISH.items():
        if _contains(source, "misdemeanor"):
            assert _contains(text, "delito menor") or _contains(text, "delitos menores"), source
        if _contains(source, "hotline"):
            assert _contains(text, "línea de ayuda"), source


def test_the_glossary_catches_a_wrong_term():
    """The checks above fail on the words the issue found."""
    banned = {english: never for english, _spanish, never, _always in ROWS}
    assert any(_contains("Línea de asesoría legal:", t) for t in banned["hotline"])
    assert any(_contains("Obtener ayuda legal", t) for t in banned["Get legal help"])
    assert any(_contains("Miembro de la Asamblea", t) for t in banned["Assembly Member"])
    assert any(_contains("Senador/a Jessica Ramos", t) for t in banned["Senator (before a name)"])
    assert any(
        _contains("Presentado ante el gobernador", t) for t in banned["delivered to the governor"]
    )
    entering = banned["enter (a value in a form)"]
    assert any(_contains("Introduzca una dirección", t) for t in entering)
