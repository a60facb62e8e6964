"""The one helper for values derived from published content (menus, settings, counts):
`cached_derived(name, build)` returns what `build()` made for `name` under the current
content version (version.py), kept in the "pages" cache. Any publish, unpublish, move,
deletion or privacy change makes it stale for every process at once.

When the version cannot be read (the database is out) or the cache does not answer,
`build()` runs and nothing is kept: a cache that cannot be invalidated is bypassed, never
trusted. `build()` must return something picklable that depends on no reader (no user,
no CSRF token, no personal data).

Records readers send (signatures) must not replace the content version: it would empty
the cache exactly when traffic peaks. A value derived from them puts
`data_version(name)` in its name, which `touch_data_version(name)` changes.
"""

import logging
import uuid

from django.conf import settings

from idp_site.caching import version as content_version

logger = logging.getLogger("idp.cache")

# Part of every key: change it when the shape of stored values changes, so a deploy
# never reads what older code wrote.
FORMAT = "v4"


def _timeout():
    return getattr(settings, "PAGE_CACHE_TIMEOUT", 600)


def cached_derived(name, build):
    """`build()`, kept until the content version changes (see the module docstring)."""
    current = content_version.current()
    if current is None:
        return build()
    key = f"derived:{FORMAT}:{name}"
    cache = content_version.pages_cache()
    entry = cache.get(key)
    if isinstance(entry, tuple) and len(entry) == 2 and entry[0] == current:
        return entry[1]
    value = build()
    cache.set(key, (current, value), _timeout())
    return value


def _data_key(name):
    return f"data-version:{FORMAT}:{name}"


def data_version(name):
    """A token for data readers change (signatures), to put in the name of anything
    `cached_derived` from it; None when nothing may be kept (the cache does not answer)."""
    cache = content_version.pages_cache()
    token = cache.get(_data_key(name))
    if token is None:
        cache.add(_data_key(name), uuid.uuid4().hex, timeout=_timeout())
        token = cache.get(_data_key(name))
    if token is None or not content_version.cache_available(cache):
        return None
    return token


def touch_data_version(name):
    """Make everything derived under `data_version(name)` stale, for every process. If
    the cache cannot be written it cannot be read either, and its breaker keeps every
    process from reading what it held until it answers again, when entries older than
    PAGE_CACHE_TIMEOUT are gone."""
    if content_version.pages_cache().set(_data_key(name), uuid.uuid4().hex, _timeout()) is False:
        logger.warning("Could not change the version of %s", name)
