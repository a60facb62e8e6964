"""Thin views for what is not a Wagtail page: search, health and the error pages."""

from django.conf import settings
from django.core.paginator import Paginator
from django.db import DatabaseError
from django.http import HttpResponseServerError, JsonResponse
from django.shortcuts import render
from django.template import loader
from django.views.decorators.csrf import requires_csrf_token
from wagtail.models import Locale, Page

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 200


def search(request):
    query = request.GET.get("q", "").replace("\x00", "").strip()[:MAX_QUERY_LENGTH]
    results = []
    page_obj = None
    if query:
        pages = Page.objects.live().public().filter(locale=Locale.get_active()).specific()
        found = pages.search(query)
        page_obj = Paginator(found, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
        results = page_obj.object_list
    response = render(
        request,
        "pages/search.html",
        {"query": query, "results": results, "page_obj": page_obj},
    )
    response["X-Robots-Tag"] = "noindex"
    return response


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


@requires_csrf_token
def server_error(request):
    """Render the 500 page without touching the database, which may be what failed."""
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
    """For monitoring: counts only, never records. "degraded" (503) when a staff
    notification has waited longer than NOTIFICATION_OVERDUE_MINUTES, or when the
    database cannot be read."""
    from pages import notifications

    try:
        overdue = notifications.overdue().count()
        unsent = notifications.unsent().count()
    except DatabaseError:
        return _json_no_store({"status": "degraded", "database": "unavailable"}, status=503)
    body = {
        "status": "degraded" if overdue else "ok",
        "unsent_notifications": unsent,
        "overdue_notifications": overdue,
        "overdue_after_minutes": settings.NOTIFICATION_OVERDUE_MINUTES,
    }
    return _json_no_store(body, status=503 if overdue else 200)


def _json_no_store(body, status):
    response = JsonResponse(body, status=status)
    response["Cache-Control"] = "no-store, private"
    return response
