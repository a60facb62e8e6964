"""The one helper for values derived from published content (menus, settings, counts):
`cached_derived(name, build)` returns what `build()` made for `name` under the current
content version (version.py), kept in the "pages" cache. Any publish, unpublish, move,
deletion or privacy change makes it stale for every process at once.

When the version cannot be read (the database is out) or the cache does not answer,
`build()` runs and nothing is kept: a cache that cannot be invalidated is bypassed, never
trusted. `build()` must return something picklable that depends on no reader (no user,
no CSRF token, no personal data).

Records readers send (signatures) must not replace the content version (it would empty
the cache exactly when traffic peaks), so nothing derived from them is kept here.
"""

from django.conf import settings

from idp_site.caching import version as content_version

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


def cache_answers():
    """Whether `cached_derived` can keep values now: the version is read and the cache
    answers. Callers with a cheaper way than building on every call (a deep listing page
    counted by OFFSET) take it when it cannot."""
    if content_version.current() is None:
        return False
    return content_version.cache_available(content_version.pages_cache())
