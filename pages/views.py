"""Thin views for what is not a Wagtail page: search, health and the error pages."""

import logging
import sys
import unicodedata
from dataclasses import dataclass
from urllib.parse import urlencode

from django.conf import settings
from django.core.paginator import Paginator
from django.db import DatabaseError, transaction
from django.http import HttpResponseServerError, JsonResponse
from django.shortcuts import render
from django.template import loader
from django.views.decorators.csrf import requires_csrf_token
from wagtail import hooks
from wagtail.models import Locale, Page

from idp_site.background import queue as task_queue
from idp_site.background.workers import health as worker_health
from idp_site.caching.health import check_cache
from idp_site.errors import is_database_outage, service_unavailable
from idp_site.submissions import notifications
from pages import search_index
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


@dataclass(frozen=True)
class PaginatorInfo:
    count: int
    num_pages: int


@dataclass(frozen=True)
class PageInfo:
    """What the results page and includes/pagination.html read of a Django `Page`:
    small enough to keep in the cache with the results."""

    number: int
    has_previous: bool
    has_next: bool
    previous_page_number: int | None
    next_page_number: int | None
    paginator: PaginatorInfo

    @classmethod
    def of(cls, page_obj):
        return cls(
            page_obj.number,
            page_obj.has_previous(),
            page_obj.has_next(),
            page_obj.previous_page_number() if page_obj.has_previous() else None,
            page_obj.next_page_number() if page_obj.has_next() else None,
            PaginatorInfo(page_obj.paginator.count, page_obj.paginator.num_pages),
        )


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
    return {"page_obj": PageInfo.of(page_obj), "results": results, "failed": False}


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
    querystring = {"q": query}
    if type_key:
        querystring["type"] = type_key
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
            "querystring_base": urlencode(querystring),
        },
    )
    response["X-Robots-Tag"] = "noindex"
    return response


def _type_label(page, types):
    for label, model in types.values():
        if isinstance(page, model):
            return label
    return ""


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


@requires_csrf_token
def server_error(request):
    """Render the 500 page without touching the database, which may be what failed;
    a database outage gets the 503 page instead (never cached)."""
    if is_database_outage(sys.exc_info()[1]):
        return service_unavailable(request)
    template = loader.get_template("500.html")
    return HttpResponseServerError(
        template.render({"hotline": settings.IDP_DEFAULT_HOTLINE, "request": request})
    )


def csrf_failure(request, reason=""):
    """A refused form explains what to do and gives the hotline (the reason, which is
    technical, is not shown)."""
    response = render(request, "403_csrf.html", status=403)
    response["Cache-Control"] = "no-store, private"
    return response


def health(request):
    """For monitoring: counts only, never records. Checks the database, the cache, the
    notification outbox, the task queue and the workers, and answers 503 with
    `"status": "degraded"` and the names of the degraded parts in `degraded` when any of
    them is down: the database cannot be read, the cache does not store and give back a
    value (stopped, hung or full), a staff notification has waited longer than
    NOTIFICATION_OVERDUE_MINUTES, a queued task longer than TASKS_OVERDUE_MINUTES, or a
    worker kind of WORKERS_MONITORED ("tasks_worker", "notifications_worker") has
    written no heartbeat for WORKER_DOWN_AFTER_SECONDS (killed, or never started)."""
    body = {"status": "ok", "degraded": [], "database": "ok", "cache": check_cache()}
    monitored = [f"{kind}_worker" for kind in settings.WORKERS_MONITORED]
    try:
        body.update(_queues_health())
        workers = worker_health()
    except DatabaseError:
        body.update(database="unavailable", outbox="unknown", tasks="unknown")
        body.update(dict.fromkeys(monitored, "unknown"))
    else:
        if workers:  # only where workers are monitored (production)
            body["workers"] = workers
        body.update({f"{kind}_worker": report["status"] for kind, report in workers.items()})
    parts = ("database", "cache", "outbox", "tasks", *monitored)
    body["degraded"] = [part for part in parts if body[part] != "ok"]
    if body["degraded"]:
        body["status"] = "degraded"
    return _json_no_store(body, status=503 if body["degraded"] else 200)


def _queues_health():
    overdue = notifications.overdue().count()
    overdue_tasks = task_queue.overdue().count()
    return {
        "outbox": "overdue" if overdue else "ok",
        "unsent_notifications": notifications.unsent().count(),
        "overdue_notifications": overdue,
        "overdue_after_minutes": settings.NOTIFICATION_OVERDUE_MINUTES,
        "tasks": "overdue" if overdue_tasks else "ok",
        "overdue_tasks": overdue_tasks,
    }


def _json_no_store(body, status):
    response = JsonResponse(body, status=status)
    response["Cache-Control"] = "no-store, private"
    return response
