"""Thin views for what is not a Wagtail page: search and the error pages."""

from django.conf import settings
from django.core.paginator import Paginator
from django.http import HttpResponseServerError
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
