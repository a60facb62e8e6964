"""Words a reader may search for that the pages say another way, by language.

A Spanish reader searching "antecedentes penales" (criminal record) should find the
pages that speak of a "condena" (conviction); one searching "récord criminal" or
"expulsión" should find the glossary's terms (docs/glossary-es.md). Each group lists
expressions a search treats as the same: a query that contains one of them also
matches the pages that say any other (the text-search configuration then stems each,
so "condena" finds "condenas"). Add a group here when readers' words and the site's
differ.
"""

import re
import unicodedata

#: Groups of interchangeable expressions, by language code. The first of each group is
#: the glossary's term.
SYNONYMS = {
    "es": [
        ["antecedentes penales", "condena", "récord criminal", "historial delictivo"],
        ["delito menor", "misdemeanor"],
        ["línea de ayuda", "hotline", "línea directa"],
        ["deportación", "expulsión", "remoción"],
        ["desvío previo al arresto", "programas de desvío"],
    ],
    "en": [
        ["criminal record", "conviction"],
    ],
}
#: At most this many alternative queries are added to a reader's query.
MAX_ALTERNATIVES = 8


def _plain(text):
    """Lower case without accents, to compare what readers type ("Recórd", "record")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def alternatives(query_text, locale):
    """The reader's query with each expression of a group it contains replaced by the
    group's other expressions: extra queries a search also matches (see above)."""
    groups = SYNONYMS.get((locale.language_code or "").split("-")[0], [])
    plain = _plain(query_text)
    found = []
    for group in groups:
        for term in group:
            pattern = re.compile(r"(?<!\w)" + re.escape(_plain(term)) + r"(?!\w)")
            if not pattern.search(plain):
                continue
            found += [pattern.sub(other, plain) for other in group if other != term]
    return list(dict.fromkeys(found))[:MAX_ALTERNATIVES]
