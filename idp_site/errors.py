"""Every error answer of the site, in one place (the URL map's handlers, the CSRF
failure view; the rate limit's 429 is the form protection's, submissions/responses.py).

400, 500 and 503 must work when the database does not: they are rendered from the file
system only, carry the hotline from settings, tell readers it is not their fault, and
are never kept by a browser, a proxy or our page cache (`Cache-Control: no-store`). 403
and 404 are pages of the site, with its menus."""

import sys

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.shortcuts import render
from django.template import loader
from django.utils.cache import patch_cache_control
from django.views.decorators.csrf import requires_csrf_token

#: Seconds a reader (or a monitoring client) is asked to wait after a 503.
OUTAGE_RETRY_AFTER = 60


def is_database_outage(exc):
    """True for the errors of a database that cannot be reached or stopped answering
    (refused, restarted, timed out), as opposed to a query it rejected."""
    return isinstance(exc, (OperationalError, InterfaceError))


def _render(request, template_name, status, home_link=True):
    """An error page (error.html) in the shell that needs no database."""
    context = {
        "shell": "standalone.html",
        "home_link": home_link,
        "hotline": settings.IDP_DEFAULT_HOTLINE,
        "request": request,
    }
    body = loader.get_template(template_name).render(context)
    response = HttpResponse(body, status=status)
    patch_cache_control(response, no_store=True, private=True)
    return response


def service_unavailable(request):
    response = _render(request, "503.html", 503, home_link=False)  # the home page is down too
    response["Retry-After"] = str(OUTAGE_RETRY_AFTER)
    return response


def bad_request(request, exception=None):
    """Django's handler400, and the answer to a body in a charset we do not read."""
    return _render(request, "400.html", 400)


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


@requires_csrf_token
def server_error(request):
    """Render the 500 page without touching the database, which may be what failed;
    a database outage gets the 503 page instead (never cached)."""
    if is_database_outage(sys.exc_info()[1]):
        return service_unavailable(request)
    return _render(request, "500.html", 500)


def csrf_failure(request, reason=""):
    """A refused form explains what to do and gives the hotline (the reason, which is
    technical, is not shown)."""
    response = render(request, "403_csrf.html", status=403)
    response["Cache-Control"] = "no-store, private"
    return response
