"""Error answers that must work when the database does not: a request body we cannot
decode (400) and a database outage (503). Both are rendered from the file system only,
carry the hotline from settings, tell readers it is not their fault, and are never kept
by a browser, a proxy or our page cache (`Cache-Control: no-store`)."""

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template import loader
from django.utils.cache import patch_cache_control

#: Seconds a reader (or a monitoring client) is asked to wait after a 503.
OUTAGE_RETRY_AFTER = 60


def is_database_outage(exc):
    """True for the errors of a database that cannot be reached or stopped answering
    (refused, restarted, timed out), as opposed to a query it rejected."""
    return isinstance(exc, (OperationalError, InterfaceError))


def _render(request, template_name, status):
    body = loader.get_template(template_name).render(
        {"hotline": settings.IDP_DEFAULT_HOTLINE, "request": request}
    )
    response = HttpResponse(body, status=status)
    patch_cache_control(response, no_store=True, private=True)
    return response


def service_unavailable(request):
    response = _render(request, "503.html", 503)
    response["Retry-After"] = str(OUTAGE_RETRY_AFTER)
    return response


def bad_request(request, exception=None):
    """Django's handler400, and the answer to a body in a charset we do not read."""
    return _render(request, "400.html", 400)
