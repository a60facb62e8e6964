"""Which Wagtail site answers a request, kept by each process under the content version.

Wagtail's `Site.find_for_request` runs one query per request (a match on host name and
port, ranked in SQL), and building that query costs more than the rest of routing: on a
standard page it was two fifths of an uncached render. The answer changes only when a
site is saved or deleted, which replaces the content version (signals.py). So
`KeptSiteMiddleware` asks Wagtail once per host and port and content version in each
process (`cached_in_process`), and hands the answer to Wagtail where its docstring says it
keeps it for the request (`request._wagtail_site`), so every later
`Site.find_for_request` of the request (routing, settings, page URLs) reads it.
"""

from django.core.exceptions import DisallowedHost
from wagtail.models import Site

from idp_site.caching.derived import cached_in_process


class KeptSiteMiddleware:
    """Answer `Site.find_for_request` from this process's copy (module docstring). Sits
    after CommonMiddleware, which has refused hosts outside ALLOWED_HOSTS."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            host = request.get_host()
        except DisallowedHost:
            return self.get_response(request)
        name = f"site:{host}:{request.get_port()}"
        request._wagtail_site = cached_in_process(name, lambda: Site.find_for_request(request))
        return self.get_response(request)
