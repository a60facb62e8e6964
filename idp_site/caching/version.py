"""The content version: what every cached page and fragment is stored with, and what a
publish, unpublish, move, deletion or privacy change replaces.

It has two halves, and an entry is served only while both are unchanged:

- a token in the page cache (`VERSION_KEY` in the "pages" alias, Redis in production),
  read on every request, so a change made by any process of any app server reaches
  every other one at its next request;
- a token in PostgreSQL (one row of the "cache_version" alias, Django's database cache
  table), written in the same transaction as the change. A process that changes content
  while it cannot reach Redis still records the change here.

How often a process reads the database half depends on the page cache:

- while the page cache answers, at least every `CACHE_VERSION_DB_INTERVAL` seconds
  (1 s): a change made by a process that could not reach Redis while this one could
  (a partition, or a stall of Redis shorter than this process noticed) reaches this
  process within that interval;
- while it does not (stopped or hung: its breaker is open), on every request, in one
  indexed query. Nothing is kept anywhere then (there is no copy in the process), and
  the first request that reaches the page cache again reads the database half too, so
  nothing kept before the outage is trusted on a read made before it.

When the database half cannot be read, `current()` is None and nothing is read from or
written to a cache until it can (but stale pages, stale.py): a cache that cannot be
invalidated is bypassed, never trusted.

Within a request the version is read once (`request_scope`), so the page and all its
fragments use the same one.
"""

import contextvars
import logging
import time
import uuid
from contextlib import contextmanager

from django.conf import settings
from django.core.cache import caches
from django.db import DatabaseError, transaction

from idp_site.caching import stale

logger = logging.getLogger("idp.cache")

PAGES_ALIAS = "pages"
DB_ALIAS = "cache_version"
VERSION_KEY = "content-version"
DB_KEY = "content-version"
#: The page cache's half of the version while that cache does not answer (see `read`).
UNSHARED = "unshared"

# This process's last read of the database half: token and the monotonic time of
# the read, reused for CACHE_VERSION_DB_INTERVAL when the page cache answered that read,
# never otherwise (time -inf; see the module docstring). This process's own changes
# reset it.
_db_read = {"token": None, "at": float("-inf")}

_UNREAD = object()
_request_version = contextvars.ContextVar("idp_cache_version", default=None)
#: Inside `one_bump`: [whether a bump was held back].
_held_bumps = contextvars.ContextVar("idp_held_bumps", default=None)


def pages_cache():
    return caches[PAGES_ALIAS]


def cache_available(cache):
    """Whether `cache` answered its last call (see backend.FailSoftRedisCache)."""
    available = getattr(cache, "available", None)
    return True if available is None else available()


def reset_local_state():
    """Forget this process's read of the database half and what it knows for serving
    stale pages (tests start from nothing, or play a second worker)."""
    _forget_db_read()
    stale.forget()


def _forget_db_read():
    _db_read.update(token=None, at=float("-inf"))


def _new_token():
    return uuid.uuid4().hex


def _db_token(reuse=True):
    """The database half: this process's last read of it while `reuse` and that read is
    less than CACHE_VERSION_DB_INTERVAL seconds old, else read now."""
    interval = getattr(settings, "CACHE_VERSION_DB_INTERVAL", 1.0)
    now = time.monotonic()
    if reuse and _db_read["token"] is not None and now - _db_read["at"] < interval:
        return _db_read["token"]
    try:
        token = _read_db_row()
    except DatabaseError as exc:
        logger.warning("Could not read the content version from the database", exc_info=True)
        stale.note_database_error(exc)
        return None
    _db_read.update(token=token, at=now if reuse else float("-inf"))
    stale.note_database_half(token)
    return token


def _read_db_row():
    """The version token, made once when missing."""
    store = caches[DB_ALIAS]
    token = store.get(DB_KEY)
    if token is None:
        store.add(DB_KEY, _new_token(), timeout=None)
        token = store.get(DB_KEY)
    return token


def _cache_token(prefetched=None):
    """The page cache's half: `prefetched` when a caller read it with other keys."""
    cache = pages_cache()
    token = prefetched if prefetched is not None else cache.get(VERSION_KEY)
    if token is None and cache_available(cache):
        cache.add(VERSION_KEY, _new_token(), timeout=None)
        token = cache.get(VERSION_KEY)
    if not cache_available(cache):
        return None
    return token


def read(prefetched=None):
    """The current version, read now: a pair of tokens, or None (then cache nothing).

    While the page cache does not answer, its half is `UNSHARED` and the database half,
    read now, alone decides (module docstring). Nothing can be shared through the stopped
    cache anyway."""
    cache_half = _cache_token(prefetched)
    db_half = _db_token(reuse=cache_half is not None)
    if db_half is None:
        return None
    return (UNSHARED if cache_half is None else cache_half, db_half)


def current():
    """The version for this request (read once per request), or read now outside one."""
    holder = _request_version.get()
    if holder is None:
        return read()
    if holder[0] is _UNREAD:
        holder[0] = read()
    return holder[0]


def set_for_request(version):
    """Record the version the page cache read with its entry (see middleware)."""
    holder = _request_version.get()
    if holder is not None:
        holder[0] = version


@contextmanager
def request_scope():
    """Read the version at most once between entering and leaving."""
    token = _request_version.set([_UNREAD])
    try:
        yield
    finally:
        _request_version.reset(token)


def bump(**kwargs):
    """Make everything cached so far stale, in every process (a signal receiver).

    The database half is written now, inside the caller's transaction, so it commits or
    rolls back with the change. The page cache half is written now and again once the
    transaction commits: a reader rendering in between would otherwise store what is
    about to change under the new version."""
    held = _held_bumps.get()
    if held is not None:
        held[0] = True  # made once when `one_bump` ends
        return
    _forget_db_read()
    holder = _request_version.get()
    if holder is not None:
        holder[0] = None  # this request caches nothing more
    try:
        caches[DB_ALIAS].set(DB_KEY, _new_token(), timeout=None)
    except DatabaseError:
        logger.exception("Could not record the content version in the database")
    _bump_cache()
    transaction.on_commit(_bump_cache)


@contextmanager
def one_bump():
    """Hold back every bump made inside, and bump once at the end if any was made: a
    bulk import saves a thousand rows, and one new version serves them all. Use it
    inside the import's transaction: nothing it changed is visible before the end."""
    token = _held_bumps.set([False])
    try:
        yield
        bumped = _held_bumps.get()[0]
    finally:
        _held_bumps.reset(token)
    if bumped:
        bump()


def _bump_cache():
    _forget_db_read()
    cache = pages_cache()
    if cache.set(VERSION_KEY, _new_token(), timeout=None) is False:
        logger.warning("Could not change the content version in the page cache")
