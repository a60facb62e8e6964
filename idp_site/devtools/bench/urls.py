"""URLs for `manage.py bench` only (ROOT_URLCONF of idp_site.settings.bench): the
project's URLs plus /bench/plain/, the ceiling a page can reach through the project's
full middleware stack. Never part of a real deployment."""

from django.http import HttpResponse
from django.urls import path

from idp_site.urls import handler404, handler500  # noqa: F401
from idp_site.urls import urlpatterns as project_urlpatterns

PLAIN_BODY = b"<!DOCTYPE html><html lang=en><title>plain</title><p>plain view</p></html>"


def plain(request):
    return HttpResponse(PLAIN_BODY)


urlpatterns = [path("bench/plain/", plain), *project_urlpatterns]
