"""Site search served by an index: each live page's words in `SearchEntry.vector`
(GIN-indexed), stemmed by its language's text-search configuration.

A query reads the entries whose vector matches (a bitmap scan of the GIN index), joins
each to its page by primary key to drop unpublished and private pages, and ranks only
those rows. On SQLite (`make run`), which has no such index, search goes through
Wagtail's database backend as before: the same results, found more slowly.
"""

from django.contrib.contenttypes.models import ContentType
from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector
from django.db import connection
from django.db.models import F, Q, Value
from django.db.models.signals import post_save
from django.utils.html import strip_tags
from wagtail.models import Page, get_page_models
from wagtail.search import index

from pages import search_synonyms
from pages.models.base import private_q
from pages.models.search import SearchEntry

#: PostgreSQL text-search configuration per language; others get "simple" (no stemming).
TEXT_SEARCH_CONFIGS = {"en": "english", "es": "spanish"}
#: Matches ranked at most, per query (see `matching_page_ids`): twenty pages of results.
#: The search page says when there were more ("the 200 newest are shown"). Each ranked
#: match costs a few microseconds in SQL and in Python: 500 made a query of two common
#: words cost half as much again on a site five times the size.
MAX_RANKED = 200
#: Words past this many characters are not indexed (a page body can be very long).
MAX_INDEXED_CHARS = 200_000


def enabled():
    """Whether this database has the indexed search (PostgreSQL only)."""
    return connection.vendor == "postgresql"


def text_search_config(language_code):
    return TEXT_SEARCH_CONFIGS.get((language_code or "").split("-")[0], "simple")


def page_text(page):
    """The searchable words of `page` (its specific class) other than its title: every
    `SearchField` its type declares, StreamFields as their text, tags stripped."""
    parts = []
    for field in page.get_search_fields():
        if not isinstance(field, index.SearchField) or field.field_name == "title":
            continue
        value = field.get_value(page)
        if value in (None, ""):
            continue
        parts.extend(str(v) for v in value) if isinstance(value, list) else parts.append(str(value))
    return strip_tags(" ".join(parts))[:MAX_INDEXED_CHARS]


def indexable(page):
    return page.live and page.alias_of_id is None and page.depth > 1


def index_page(page):
    """Write (or drop) the entry of `page`, a specific page instance: one query."""
    if not enabled():
        return
    if not indexable(page):
        SearchEntry.objects.filter(page_id=page.pk).delete()
        return
    config = text_search_config(page.locale.language_code)
    vector = SearchVector(Value(page.title), config=config, weight="A") + SearchVector(
        Value(page_text(page)), config=config, weight="C"
    )
    SearchEntry.objects.update_or_create(
        page_id=page.pk,
        defaults={
            "locale_id": page.locale_id,
            "content_type_id": page.content_type_id,
            "vector": vector,
            "published_at": page.last_published_at or page.first_published_at,
        },
    )


def rebuild(stdout=None, batch_size=200):
    """Index every live page again and drop the entries of the others."""
    if not enabled():
        return 0
    SearchEntry.objects.exclude(page__live=True).delete()
    count = 0
    for model in get_page_models():
        if model is Page:
            continue
        pages = model.objects.filter(live=True, alias_of__isnull=True, depth__gt=1)
        for page in pages.select_related("locale").iterator(chunk_size=batch_size):
            if type(page) is model:  # each page once, as its most specific class
                index_page(page)
                count += 1
    if stdout:
        stdout.write(f"search entries: {count} pages indexed")
    return count


def content_type_ids(model):
    """The content types of `model` and every page type that inherits from it."""
    models = [m for m in get_page_models() if issubclass(m, model)]
    return [ct.pk for ct in ContentType.objects.get_for_models(*models).values()]


def matching_page_ids(query_text, locale, page_model=None, expand=True):
    """The ids of the pages in `locale` matching the reader's words, best first. The
    words go through `websearch_to_tsquery`, which accepts any input ("quoted phrases",
    `-word`, `or`) and never raises a syntax error.

    At most MAX_RANKED pages are ranked: when more match (a word found on most pages),
    the newest MAX_RANKED of them, found by walking the (locale, newest) index and
    stopping there, so the cost does not follow the size of the site. Those rows are
    ranked in the same query and sorted here: ranking them in SQL after the limit would
    read every entry again to join them.

    With `expand`, the query also matches its synonyms (pages/search_synonyms.py):
    "antecedentes penales" finds the pages that say "condena"."""
    config = text_search_config(locale.language_code)
    query = SearchQuery(query_text, config=config, search_type="websearch")
    for other in search_synonyms.alternatives(query_text, locale) if expand else ():
        query = query | SearchQuery(other, config=config, search_type="websearch")
    entries = SearchEntry.objects.filter(vector=query, locale_id=locale.pk, page__live=True)
    entries = entries.exclude(_prefixed(private_q(), "page__"))
    if page_model is not None and page_model is not Page:
        entries = entries.filter(content_type_id__in=content_type_ids(page_model))
    # The order of the pages_search_newest index.
    newest = entries.order_by(F("published_at").desc(nulls_last=True), "-page_id")
    ranked = newest.annotate(rank=SearchRank(F("vector"), query)).values_list("page_id", "rank")
    rows = sorted(ranked[:MAX_RANKED], key=lambda row: (-row[1], row[0]))
    return [page_id for page_id, _rank in rows]


def _prefixed(q, prefix):
    """A copy of `q` whose lookups go through `prefix` (a relation)."""
    clone = Q()
    clone.connector, clone.negated = q.connector, q.negated
    clone.children = [
        _prefixed(child, prefix) if hasattr(child, "children") else (prefix + child[0], child[1])
        for child in q.children
    ]
    return clone


def _on_page_saved(sender, instance, raw=False, **kwargs):
    if raw or not enabled() or not isinstance(instance, Page) or instance.pk is None:
        return
    page = instance if type(instance) is instance.specific_class else instance.specific
    index_page(page)


def connect_signals():
    """Keep entries current on every save of a page (called from AppConfig.ready).
    Publishing, unpublishing, scheduled publishing and moves all end in a save."""
    post_save.connect(_on_page_saved, dispatch_uid="pages_search_entry")
