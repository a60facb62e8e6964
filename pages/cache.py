"""Full-page caching for anonymous readers, and its invalidation.

`PageCacheMiddleware` stores whole public responses in the cache alias named by
`PAGE_CACHE_ALIAS` ("pages"; Redis when `REDIS_URL` is set, local memory otherwise) and
serves them again before the rest of the middleware stack runs. It sits right after
WhiteNoise in `MIDDLEWARE`.

What is never stored (and never served from the cache):

- requests other than GET/HEAD, and requests carrying a session cookie or a messages
  cookie (an editor, a reader who just sent a form): they always reach the view;
- responses to a logged-in user, responses that set a cookie or used the CSRF token
  (every page with a form does), responses marked `Cache-Control: private`, `no-cache` or
  `no-store` (a view decorated with `never_cache`), streaming responses, any status but
  200, responses that vary on anything but `Cookie` and `Accept-Encoding`;
- paths under `PAGE_CACHE_EXCLUDED_PATHS` (admin, documents, media, health checks);
- pages whose class sets `cache_public = False`. This is the contract for page types
  that show personal data or a form (intake, statement of support): set the class
  attribute and the page is neither stored here nor marked cacheable for a CDN::

      class IntakePage(BasePage):
          cache_public = False

A stored response gets `Cache-Control: public, max-age=PAGE_CACHE_MAX_AGE,
s-maxage=PAGE_CACHE_S_MAXAGE` unless the view set its own, so a CDN may keep it too (see
docs/deploy.md for the CDN purge). A response refused for a personal reason (user,
cookies, opt-out) gets `Cache-Control: private` so no shared cache keeps it either.

Invalidation drops every stored page at once: a published, unpublished, moved or
deleted page, or a saved setting, snippet, image, document, site or locale, may show on
any number of other pages (menus, listings, the help bar), so tracking which pages to
drop would be clever and eventually wrong. Correctness wins over cleverness.

Dropping is O(1): each entry is stored with the cache's current *generation*, and
invalidating writes a new generation, so older entries are never served again and
expire on their own. This never calls `cache.clear()`, which on Redis would flush the
whole database, including the rate limits kept in the "default" alias. A page rendered
while an invalidation happens carries the old generation and is discarded, so a stale
render in flight cannot outlive a publish.

Each process also keeps its most requested entries in memory and rereads the shared
generation at most once per `PAGE_CACHE_GENERATION_TTL` (1 s), so a hit usually costs
no network at all; an invalidation made by another process or server reaches it within
that second. If the cache cannot be reached, pages are served uncached.

Other apps: models that are neither pages, snippets nor settings but show on public
pages connect `invalidate_page_cache` to their own `post_save`/`post_delete`. Data that
changes with every reader action (signatures, requests for help) must not: invalidating
on each submission would empty the cache exactly when traffic peaks, so such records
never invalidate. A view that shows them derives from them under a `data_version` of
their own, which their saves touch (see StatementOfSupportPage.signer_counts).
"""

import hashlib
import logging
import threading
import time
import uuid
from collections import OrderedDict

from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.utils.cache import patch_cache_control

GENERATION_KEY = "generation"
# Part of every entry's key: change it when the shape of stored values changes, so a
# deploy never reads what older code wrote.
FORMAT = "v2"
logger = logging.getLogger("idp.page_cache")
CACHEABLE_METHODS = ("GET", "HEAD")
ALLOWED_VARY = {"cookie", "accept-encoding"}
REFUSING_DIRECTIVES = ("private", "no-cache", "no-store")
# What saving a draft revision writes on a live page; the published content is unchanged.
DRAFT_BOOKKEEPING_FIELDS = {
    "has_unpublished_changes",
    "latest_revision",
    "latest_revision_created_at",
    "draft_title",
}


def _setting(name, default):
    return getattr(settings, name, default)


def page_cache():
    return caches[_setting("PAGE_CACHE_ALIAS", "pages")]


def invalidate_page_cache(**kwargs):
    """Drop every stored page, now and again once the current transaction commits (a
    reader rendering between the two would otherwise store what is about to change)."""
    _new_generation()
    transaction.on_commit(_new_generation)


# Each process keeps the generation it last read for PAGE_CACHE_GENERATION_TTL seconds
# and its most requested entries in memory, so a hit costs no network round trip. Its
# own invalidations apply at once; another process's reach it within that TTL (one
# second by default), a delay no reader can tell from the time the publish took.
_generation_memo = {"value": None, "read_at": 0.0}
_local_entries = OrderedDict()
_lock = threading.Lock()


# Small lookups every request makes (locales, sites, view restrictions, each language's
# home page): kept in this process only, for the current generation (see `process_memo`).
_process_memo = {"generation": None, "entries": OrderedDict()}


# Values many requests share but that are too many for `process_memo` (the routing
# rows of each URL read): the most recent PROCESS_LRU_ENTRIES, for the current generation.
_process_lru = {"generation": None, "entries": OrderedDict()}
PROCESS_LRU_ENTRIES = 2000


def reset_local_state():
    """Forget this process's copies (tests start each case from nothing)."""
    with _lock:
        _generation_memo.update(value=None, read_at=0.0)
        _local_entries.clear()
        _process_memo.update(generation=None, entries=OrderedDict())
        _process_lru.update(generation=None, entries=OrderedDict())


def _new_generation():
    generation = uuid.uuid4().hex
    with _lock:
        _local_entries.clear()
        _generation_memo.update(value=None, read_at=0.0)
    try:
        page_cache().set(GENERATION_KEY, generation, timeout=None)
    except Exception:
        # Readers cannot get the generation either, so nothing is served from cache.
        logger.exception("Could not invalidate the page cache")
        return
    with _lock:
        _generation_memo.update(value=generation, read_at=time.monotonic())


def _shared_token(key):
    """The random token stored under `key`, made by whichever process asks first."""
    cache = page_cache()
    token = cache.get(key)
    if token is None:
        cache.add(key, uuid.uuid4().hex, timeout=None)
        token = cache.get(key)
    return token


def current_generation():
    """The shared generation, or None when the cache cannot be reached (then nothing is
    read from or written to it: the site works uncached rather than failing)."""
    if not _setting("PAGE_CACHE_SHARED", True):
        # Local memory in a server with several processes: an invalidation made in one
        # could never reach the others, so nothing derived is kept at all.
        return None
    now = time.monotonic()
    memo = _generation_memo
    if memo["value"] is not None and now - memo["read_at"] < _setting(
        "PAGE_CACHE_GENERATION_TTL", 1.0
    ):
        return memo["value"]
    try:
        generation = _shared_token(GENERATION_KEY)
    except Exception:
        logger.exception("Could not read the page cache generation")
        return None
    with _lock:
        _generation_memo.update(value=generation, read_at=now)
    return generation


def _lookup(key, generation):
    """The value stored under `key` for this generation, from memory or the shared cache."""
    now = time.monotonic()
    with _lock:
        local = _local_entries.get(key)
        if local is not None:
            if local[0] == generation and local[1] > now:
                _local_entries.move_to_end(key)
                return local[2]
            del _local_entries[key]
    try:
        entry = page_cache().get(key)
    except Exception:  # unreachable, or a value this code cannot unpickle
        logger.exception("Could not read %s from the page cache", key)
        return None
    if not isinstance(entry, tuple) or len(entry) != 2 or entry[0] != generation:
        return None
    _remember(key, generation, entry[1])
    return entry[1]


def _remember(key, generation, value):
    timeout = _setting("PAGE_CACHE_TIMEOUT", 600)
    with _lock:
        _local_entries[key] = (generation, time.monotonic() + timeout, value)
        _local_entries.move_to_end(key)
        while len(_local_entries) > _setting("PAGE_CACHE_LOCAL_ENTRIES", 200):
            _local_entries.popitem(last=False)


def _store(key, generation, value):
    try:
        page_cache().set(key, (generation, value), _setting("PAGE_CACHE_TIMEOUT", 600))
    except Exception:
        logger.exception("Could not write %s to the page cache", key)
        return
    _remember(key, generation, value)


def cached_derived(name, build):
    """Data derived from published pages (menus, for instance), built by `build()` once
    and kept in the page cache until the next invalidation. Unlike whole pages it is
    kept whatever PAGE_CACHE_ENABLED says: it serves every reader, staff included, and
    is dropped by the same signals. `build()` must return something picklable."""
    key = f"derived:{FORMAT}:{name}"
    generation = current_generation()
    if generation is None:
        return build()
    value = _lookup(key, generation)
    if value is None:
        value = build()
        _store(key, generation, value)
    return value


def data_version(name):
    """A token for data that changes apart from pages (the signatures on a statement),
    to put in the key of anything `cached_derived` from it; `touch_data_version(name)`
    changes it. Readers' own submissions call that rather than dropping every cached
    page. None when nothing may be kept (see `current_generation`)."""
    if current_generation() is None:
        return None
    try:
        return _shared_token(f"data-version:{FORMAT}:{name}")
    except Exception:
        logger.exception("Could not read the version of %s", name)
        return None


def touch_data_version(name):
    """Make everything derived under `data_version(name)` stale, for every process."""
    try:
        page_cache().set(f"data-version:{FORMAT}:{name}", uuid.uuid4().hex, timeout=None)
    except Exception:
        # The next readers cannot reach the cache either, so they keep nothing.
        logger.exception("Could not change the version of %s", name)


def process_memo(name, build):
    """A small value read by most requests (the locales, the sites, the view
    restrictions), built by `build()` once per process and generation. Unlike
    `cached_derived` it never leaves the process (no pickling, no network), so it suits
    rows that are read many times per request. Every change that invalidates the page
    cache drops it, in this process at once and in the others within
    PAGE_CACHE_GENERATION_TTL. Callers must not mutate what it returns."""
    return _in_process(_process_memo, name, build)


def process_lru(key, build):
    """Like `process_memo`, for keys without a fixed number (one per URL): keeps the
    most recently used PROCESS_LRU_ENTRIES so that a crawler of made-up URLs cannot fill
    the memory. Callers must not mutate what it returns."""
    return _in_process(_process_lru, key, build, limit=PROCESS_LRU_ENTRIES)


def _in_process(store, key, build, limit=None):
    """The value `build()` made for `key` in this process and the current generation,
    kept in `store` (at most `limit` entries, the least recently used dropped first)."""
    generation = current_generation()
    if generation is None:
        return build()
    with _lock:
        if store["generation"] != generation:
            store.update(generation=generation, entries=OrderedDict())
        entries = store["entries"]
        if key in entries:
            entries.move_to_end(key)
            return entries[key]
    value = build()
    with _lock:
        if store["generation"] == generation:
            entries = store["entries"]
            entries[key] = value
            while limit is not None and len(entries) > limit:
                entries.popitem(last=False)
    return value


def _entry_key(request):
    raw = f"{request.get_host()}|{request.get_full_path()}"
    return f"page:{FORMAT}:" + hashlib.sha256(raw.encode()).hexdigest()


def _bypasses(request):
    if not _setting("PAGE_CACHE_ENABLED", True) or request.method not in CACHEABLE_METHODS:
        return True
    if request.path.startswith(tuple(_setting("PAGE_CACHE_EXCLUDED_PATHS", ()))):
        return True
    cookies = request.COOKIES
    return settings.SESSION_COOKIE_NAME in cookies or "messages" in cookies


class PageCacheMiddleware:
    """Serve and store whole public pages for anonymous readers (see module docstring)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if _bypasses(request):
            response = self.get_response(request)
            self._label(request, response)
            return response
        key = _entry_key(request)
        generation = current_generation()
        if generation is None:
            response = self.get_response(request)
            self._label(request, response)
            return response
        entry = _lookup(key, generation)
        if entry is not None:
            return self._rebuild(entry)
        response = self.get_response(request)
        if self._label(request, response) and request.method == "GET":
            _store(key, generation, self._freeze(response))
            response["X-Page-Cache"] = "miss"
        return response

    def _label(self, request, response):
        """Mark the response public or private; True when it may be stored."""
        refusal = self._refusal(request, response)
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

    @staticmethod
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
            or getattr(request, "page_cache_public", True) is False
        ):
            return "personal"
        if response.status_code != 200 or response.streaming:
            return "other"
        if request.path.startswith(tuple(_setting("PAGE_CACHE_EXCLUDED_PATHS", ()))):
            return "other"
        control = response.get("Cache-Control", "").lower()
        if any(directive in control for directive in REFUSING_DIRECTIVES):
            return "other"
        vary = {v.strip().lower() for v in response.get("Vary", "").split(",") if v.strip()}
        if vary - ALLOWED_VARY:
            return "other"
        return None

    @staticmethod
    def _freeze(response):
        headers = [(k, v) for k, v in response.items() if k != "X-Page-Cache"]
        return (response.status_code, headers, response.content)

    @staticmethod
    def _rebuild(entry):
        from django.http import HttpResponse

        status, headers, content = entry
        response = HttpResponse(content, status=status)
        for name, value in headers:
            response[name] = value
        response["X-Page-Cache"] = "hit"
        return response


def note_page_cacheability(page, request, serve_args, serve_kwargs):
    """`before_serve_page` hook: remember whether the page allows public caching."""
    request.page_cache_public = getattr(page, "cache_public", True)


def _invalidating_model(sender):
    from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
    from wagtail.documents.models import AbstractDocument
    from wagtail.images.models import AbstractImage
    from wagtail.models import BaseViewRestriction, Locale, Page, Site
    from wagtail.snippets.models import get_snippet_models

    bases = (
        Page,
        BaseViewRestriction,  # a page made private must leave the cache at once
        BaseSiteSetting,
        BaseGenericSetting,
        AbstractImage,
        AbstractDocument,
        Site,
        Locale,
    )
    from idp_site.submissions.form_protection import OneTimeSubmissionModel

    if issubclass(sender, OneTimeSubmissionModel):
        # Records readers send (signatures, requests for help) arrive fastest exactly
        # when traffic peaks; they never change a cached page. Views that show them
        # version their own fragments (see StatementOfSupportPage.signer_counts).
        return False
    return issubclass(sender, bases) or sender in get_snippet_models()


def _on_model_change(sender, **kwargs):
    if kwargs.get("raw"):
        return  # fixtures being loaded
    update_fields = kwargs.get("update_fields")
    if update_fields and set(update_fields) <= DRAFT_BOOKKEEPING_FIELDS:
        return  # a draft was saved: readers see nothing new
    if _invalidating_model(sender):
        invalidate_page_cache()


def connect_signals():
    """Wire invalidation to Wagtail's and Django's signals (called from AppConfig.ready)."""
    from wagtail import hooks
    from wagtail.signals import page_published, page_unpublished, post_page_move

    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(invalidate_page_cache, dispatch_uid=f"page_cache_{id(signal)}")
    post_save.connect(_on_model_change, dispatch_uid="page_cache_post_save")
    post_delete.connect(_on_model_change, dispatch_uid="page_cache_post_delete")
    hooks.register("before_serve_page", note_page_cacheability)
