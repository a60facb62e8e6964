"""Search: the one thin view of the content site that is not a Wagtail page."""

import logging
import unicodedata

from django.core.paginator import Paginator
from django.db import DatabaseError, transaction
from django.shortcuts import render
from wagtail import hooks
from wagtail.models import Locale, Page

from idp_site.errors import is_database_outage
from pages import search_index
from pages.keyset import KeysetPage
from pages.models.base import for_listing, public_only

logger = logging.getLogger("idp.search")

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 200

#: Apps offer a page type as a search filter by registering a function under this hook
#: name that returns a list of `(key, label, page_model)`, e.g.
#: `[("campaign", _("Campaigns"), CampaignPage)]`. The key appears in the query string
#: (`?type=campaign`); the label in the filter list.
SEARCH_TYPES_HOOK = "search_page_types"


def clean_query(raw):
    """The reader's words, made safe for every search backend: no control characters
    (null bytes break PostgreSQL), no double quotes (an unbalanced one breaks SQLite's
    full-text syntax), whitespace collapsed, at most MAX_QUERY_LENGTH."""
    text = "".join(
        " " if ch == '"' or unicodedata.category(ch).startswith("C") else ch for ch in raw or ""
    )
    return " ".join(text.split())[:MAX_QUERY_LENGTH].strip()


def search_types():
    types = {}
    for fn in hooks.get_hooks(SEARCH_TYPES_HOOK):
        for key, label, model in fn():
            types[key] = (label, model)
    return types


def _search(request, query, type_key, types):
    """One page of results, or `failed` when the backend rejected the query."""
    model = types[type_key][1] if type_key else None
    try:
        # A savepoint, so a query the backend rejects leaves the connection usable.
        with transaction.atomic():
            page_obj = Paginator(_found(query, model), RESULTS_PER_PAGE).get_page(
                request.GET.get("page")
            )
            results = [
                {"page": page, "type_label": _type_label(page, types)}
                for page in for_listing(_pages_in_order(page_obj.object_list))
            ]
    except DatabaseError as exc:
        if is_database_outage(exc):
            raise  # the 503 page, never "could not search"
        logger.warning("Search backend rejected a query", exc_info=True)
        return {"page_obj": None, "results": [], "failed": True}
    page = KeysetPage.numbered(page_obj, _query_base(query, type_key), results)
    return {"page_obj": page, "results": results, "failed": False}


def _query_base(query, type_key):
    return {"q": query, "type": type_key} if type_key else {"q": query}


def _found(query, model):
    """The ids of the pages matching `query`, best first: through the indexed entries on
    PostgreSQL, through Wagtail's backend elsewhere (SQLite for `make run`)."""
    locale = Locale.get_active()
    if search_index.enabled():
        # At most MAX_RANKED ids in one query: counted and paged here, not by a second
        # query that would rank the same entries again.
        return search_index.matching_page_ids(query, locale, model)
    pages = public_only(Page.objects.live()).filter(locale=locale)
    if model is not None:
        pages = pages.type(model)
    return pages.search(query)


def _pages_in_order(found):
    """Plain `Page` rows for one page of results (ids or pages), in the same order."""
    found = list(found)
    if not found or not isinstance(found[0], int):
        return found
    ids = found
    by_id = Page.objects.in_bulk(ids)
    return [by_id[pk] for pk in ids if pk in by_id]


def search(request):
    query = clean_query(request.GET.get("q", ""))
    types = search_types()
    type_key = request.GET.get("type", "")
    if type_key not in types:
        type_key = ""
    found = {"page_obj": None, "results": [], "failed": False}
    if query:
        found = _search(request, query, type_key, types)
    response = render(
        request,
        "pages/search.html",
        {
            "query": query,
            "failed": found["failed"],
            "results": found["results"],
            "page_obj": found["page_obj"],
            "many_results": bool(
                search_index.enabled()
                and found["page_obj"]
                and found["page_obj"].paginator.count >= search_index.MAX_RANKED
            ),
            "type_key": type_key,
            "type_choices": [(key, label) for key, (label, _model) in types.items()],
        },
    )
    response["X-Robots-Tag"] = "noindex"
    return response


def _type_label(page, types):
    for label, model in types.values():
        if isinstance(page, model):
            return label
    return ""
