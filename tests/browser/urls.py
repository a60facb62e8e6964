"""The site's URLs plus uploaded media, which the live test server must serve for
pages with images (DEBUG is off in tests, so the site's own URLconf leaves it out)."""

from django.conf import settings
from django.urls import re_path
from django.views.static import serve

from idp_site.urls import handler404, handler500
from idp_site.urls import urlpatterns as site_urlpatterns


def media(request, path):
    # MEDIA_ROOT is read per request: each test points it at its own temporary folder.
    return serve(request, path, document_root=settings.MEDIA_ROOT)


urlpatterns = [
    re_path(r"^media/(?P<path>.*)$", media),
    *site_urlpatterns,
]

__all__ = ["handler404", "handler500", "urlpatterns"]
