"""Whole public pages for anonymous readers, kept in the "pages" cache.

`PageCacheMiddleware` sits in MIDDLEWARE after the middleware that must see every
request (HTTPS redirect, request bodies) and before the security headers that are the
same for every reader of a URL (Permissions-Policy, Content-Security-Policy): those are
stored with the page, so a hit does not build the policy again. For a GET or HEAD
without a session or messages cookie it reads, in one round trip, the content version
and the stored entry for the URL; an entry stored under the current version (see
version.py) is answered at once, before the rest of the middleware stack runs. Static
files pass through untouched, to WhiteNoise further down.

What is never stored (and never served from the cache):

- requests other than GET/HEAD, and requests carrying a session or messages cookie;
- responses to a logged-in user, responses that set a cookie or used the CSRF token
  (every page with a form), responses marked `Cache-Control: private`, `no-cache` or
  `no-store`, streaming responses, any status but 200, responses that vary on anything
  but `Cookie` and `Accept-Encoding`;
- paths under `PAGE_CACHE_EXCLUDED_PATHS` or STATIC_URL, and pages whose class sets
  `cache_public = False` (BasePage.serve marks them `Cache-Control: private`);
- responses whose Content-Security-Policy carries a nonce (one per reader);
- URLs with a query parameter no page reads (not in `PAGE_CACHE_QUERY_PARAMETERS`):
  they are answered fresh, so made-up query strings add no entries. Tracking
  parameters (`utm_*`, `fbclid`, `gclid`, `mc_*`...) are removed from the request before
  anything reads it, so they neither make new entries nor end up in a page.

Outside the /en/ and /es/ prefixes Django's `LocaleMiddleware` picks the language from
`Accept-Language`, marks the response `Vary: Accept-Language` and gives it that
language as `Content-Language`, so such responses are not stored. A view whose answer
is the same in every language (the sitemap, robots.txt) says so with
`@same_in_every_language`: both headers are removed from its response, which is then
stored once and shared like any other.

A stored response gets `Cache-Control: public, max-age=PAGE_CACHE_MAX_AGE,
s-maxage=PAGE_CACHE_S_MAXAGE` unless the view set its own; one refused for a personal
reason gets `Cache-Control: private`.

Any cache error is a miss: the request is answered from the database, and the breaker of
the cache backend keeps the next requests from waiting on a failing server.

While the database cannot be reached, pages the cache holds are still served, marked
`X-Page-Cache: stale` and never stored again; others get the 503 page (stale.py).
"""

import functools
import hashlib
from urllib.parse import parse_qsl, urlencode

from django.conf import settings
from django.http import HttpResponse, QueryDict
from django.utils.cache import patch_cache_control

from idp_site.caching import stale
from idp_site.caching import version as content_version

CACHEABLE_METHODS = ("GET", "HEAD")
ALLOWED_VARY = {"cookie", "accept-encoding"}
REFUSING_DIRECTIVES = ("private", "no-cache", "no-store")
TRACKING_PREFIXES = ("utm_", "mc_", "_hs", "pk_")
TRACKING_PARAMETERS = {"fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid",
                       "igshid", "_ga", "_gl", "ref_src", "s_kwcid"}  # fmt: skip


def _setting(name, default):
    return getattr(settings, name, default)


def is_tracking(name):
    name = name.lower()
    return name in TRACKING_PARAMETERS or name.startswith(TRACKING_PREFIXES)


def drop_tracking_parameters(request):
    """Remove tracking parameters from the request's query string (and `request.GET`)."""
    query = request.META.get("QUERY_STRING", "")
    if not query:
        return
    pairs = parse_qsl(query, keep_blank_values=True)
    kept = [(name, value) for name, value in pairs if not is_tracking(name)]
    if len(kept) != len(pairs):
        request.META["QUERY_STRING"] = urlencode(kept)
        request.GET = QueryDict(request.META["QUERY_STRING"])


def entry_key(request):
    """The key of the URL's entry (host, path and the parameters pages read, sorted), or
    None when the URL carries a parameter no page reads."""
    known = set(_setting("PAGE_CACHE_QUERY_PARAMETERS", ()))
    pairs = sorted(parse_qsl(request.META.get("QUERY_STRING", ""), keep_blank_values=True))
    if any(name not in known for name, _value in pairs):
        return None
    raw = f"{request.scheme}|{request.get_host()}|{request.path}|{urlencode(pairs)}"
    return "page:v4:" + hashlib.sha256(raw.encode()).hexdigest()


def _excluded(request):
    excluded = (*_setting("PAGE_CACHE_EXCLUDED_PATHS", ()), settings.STATIC_URL or "/static/")
    return request.path.startswith(excluded)


def _bypasses(request):
    if not _setting("PAGE_CACHE_ENABLED", True) or request.method not in CACHEABLE_METHODS:
        return True
    if _excluded(request):
        return True
    cookies = request.COOKIES
    return settings.SESSION_COOKIE_NAME in cookies or "messages" in cookies


def _lookup(key):
    """(version, stored entry or None) in one round trip; version None: cache nothing."""
    cache = content_version.pages_cache()
    found = cache.get_many([content_version.VERSION_KEY, key])
    current = content_version.read(prefetched=found.get(content_version.VERSION_KEY))
    content_version.set_for_request(current)
    entry = found.get(key)
    if current is None or not isinstance(entry, tuple) or len(entry) != 4:
        return current, None
    if entry[0] != current:
        return current, None
    return current, entry[1:]


class PageCacheMiddleware:
    """Serve and store whole public pages for anonymous readers (module docstring)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        with content_version.request_scope():
            return self._respond(request)

    def _respond(self, request):
        if request.method in CACHEABLE_METHODS and not _excluded(request):
            drop_tracking_parameters(request)
        key = None if _bypasses(request) else entry_key(request)
        if key is None:
            response = self._render(request)
            label(request, response)
            return response
        current, entry = _lookup(key)
        if entry is not None:
            return _rebuild(entry)
        if current is None:  # the database may be out: serve what the cache holds
            kept = stale.lookup(content_version.pages_cache(), content_version.VERSION_KEY, key)
            if kept is not None:
                return stale.mark(_rebuild(kept))
        response = self._render(request)
        # The version this request started with: a change made while it rendered
        # has replaced it, so what was rendered is never served after that change.
        if label(request, response) and request.method == "GET" and current is not None:
            stored = (current, *_freeze(response))
            content_version.pages_cache().set(key, stored, _setting("PAGE_CACHE_TIMEOUT", 600))
            response["X-Page-Cache"] = "miss"
        return response

    def _render(self, request):
        response = self.get_response(request)
        if getattr(response, "same_in_every_language", False):
            _forget_reader_language(response)
        return response


def same_in_every_language(view):
    """Mark a view's responses as the same whatever the reader's language, so that the
    page cache may store them although they are served outside the language prefixes
    (module docstring). Only for views that read no language, not even through
    `{% translate %}`."""

    @functools.wraps(view)
    def wrapped(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        response.same_in_every_language = True
        return response

    return wrapped


def _forget_reader_language(response):
    """Remove what `LocaleMiddleware` added for the reader's language."""
    vary = [v.strip() for v in response.get("Vary", "").split(",") if v.strip()]
    kept = [v for v in vary if v.lower() != "accept-language"]
    if kept:
        response["Vary"] = ", ".join(kept)
    elif "Vary" in response:
        del response["Vary"]
    if "Content-Language" in response:
        del response["Content-Language"]


def label(request, response):
    """Mark the response public or private; True when it may be stored."""
    refusal = _refusal(request, response)
    if refusal == "personal":
        if not response.has_header("Cache-Control"):
            patch_cache_control(response, private=True)
    elif refusal is None:
        if not response.has_header("Cache-Control"):
            patch_cache_control(
                response,
                public=True,
                max_age=_setting("PAGE_CACHE_MAX_AGE", 60),
                s_maxage=_setting("PAGE_CACHE_S_MAXAGE", 600),
            )
        return True
    return False


def _refusal(request, response):
    """Why the response must not be shared: None, "personal" or "other"."""
    if request.method not in CACHEABLE_METHODS:
        return "other"
    user = getattr(request, "user", None)
    if (
        (user is not None and user.is_authenticated)
        or response.cookies
        or request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        or request.COOKIES.get(settings.SESSION_COOKIE_NAME)
    ):
        return "personal"
    if response.status_code != 200 or response.streaming or _excluded(request):
        return "other"
    if "'nonce-" in response.get("Content-Security-Policy", ""):
        return "other"  # django-csp made a nonce for this reader
    control = response.get("Cache-Control", "").lower()
    if any(directive in control for directive in REFUSING_DIRECTIVES):
        return "other"
    vary = {v.strip().lower() for v in response.get("Vary", "").split(",") if v.strip()}
    return "other" if vary - ALLOWED_VARY else None


def _freeze(response):
    headers = [(k, v) for k, v in response.items() if k != "X-Page-Cache"]
    return (response.status_code, headers, response.content)


def _rebuild(entry):
    status, headers, content = entry
    response = HttpResponse(content, status=status)
    for name, value in headers:
        response[name] = value
    response["X-Page-Cache"] = "hit"
    return response
