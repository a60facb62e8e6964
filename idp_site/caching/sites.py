"""Which Wagtail site answers a request, kept by each process under the content version.

Wagtail's `Site.find_for_request` runs one query per request (a match on host name and
port, ranked in SQL), and building that query cost more than the rest of routing: on a
standard page it was two fifths of an uncached render. The answer changes only when a
site is saved or deleted, which replaces the content version (signals.py). So
`find_site` asks Wagtail once per host, port and content version in each process
(`cached_in_process`), and hands the answer to Wagtail where its docstring says it keeps
it for the request (`request._wagtail_site`), so every later `Site.find_for_request` of
the request (settings, page URLs) reads it. The project's code calls `find_site`
wherever it needs the site; views that never need one never ask.
"""

from django.core.exceptions import DisallowedHost
from wagtail.models import Site

from idp_site.caching.derived import cached_in_process


def find_site(request):
    """`Site.find_for_request(request)`, kept by this process (module docstring)."""
    if request is None or hasattr(request, "_wagtail_site"):
        return Site.find_for_request(request)
    try:
        host = request.get_host()
    except DisallowedHost:
        return Site.find_for_request(request)
    name = f"site:{host}:{request.get_port()}"
    request._wagtail_site = cached_in_process(name, lambda: Site.find_for_request(request))
    return request._wagtail_site
