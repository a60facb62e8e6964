"""Values derived from published content (menus, settings, listings, rendered
fragments), kept in the page cache under the content version (see version.py).

`cached_derived(name, build)` returns what `build()` made for `name` under the current
version: any publish, unpublish, move, deletion or privacy change makes it stale for
every process. Each process also keeps its own copies of what it read or built
(local.py), under the same version, so a value used on every page costs no round trip.
When the version cannot be read, it calls `build()` and keeps nothing; while the cache
server does not answer, the version comes from PostgreSQL alone, read on every request
(version.py), and only this process's copies are kept. `build()` must return something
picklable, and what it returns must not depend on the reader (no user, no CSRF token,
no personal data).

Records readers send (signatures) must not bump the content version: it would empty the
cache exactly when traffic peaks. A value derived from them is named with
`data_version(name)`, which `touch_data_version(name)` changes.

`cached_by_data(key, names, build)` keeps a value until one of the data it names is
touched, whatever else is published: for values that are costly to build and depend on
one part of the site only. Rendered documents (a sitemap section, `rendered=True`) are
output like fragments, so they follow the same switch: with
settings.PAGE_FRAGMENT_CACHE off (FRAGMENT_CACHE=off, the test settings) each is built
on every call and nothing is kept, so a full render is a full render. Aggregates over
many rows (the report index's years and counts, the sitemap's section sizes) are data
like menus and settings, kept whatever that switch says: only the first reader after a
change pays for them.

A data token lives in the page cache only, so a touch made while that cache cannot be
written (Redis stopped, hung or full) changes the fallback epoch in the database instead
(version.bump_epoch): every data token includes it, so what was derived before is stale
for every process as soon as it reads the version's database half, as after a publish
(at once for a process that cannot reach the cache either; within
CACHE_VERSION_DB_INTERVAL for one that can).

While this process cannot read the page cache, a data token cannot be read either, and
values derived from readers' records (signers) are built on every call: another process
that still reaches the cache may have touched them there alone. Data that changes only
together with the content version (the page tree: `follows_content=True`) is named
instead with the version's database half, which every such change writes: what each
process keeps for itself then stays valid exactly as long as the pages it was built from.
"""

import logging
import uuid

from django.conf import settings

from idp_site.caching import local
from idp_site.caching import version as content_version

logger = logging.getLogger("idp.cache")

# Part of every key: change it when the shape of stored values changes, so a deploy
# never reads what older code wrote.
FORMAT = "v3"

_MISSING = object()
#: The stamp of this process's copies of `cached_by_data` documents: their key already
#: names the data tokens they were built under.
BY_DATA = "by-data"


def _timeout():
    return getattr(settings, "PAGE_CACHE_TIMEOUT", 600)


def cached_derived(name, build):
    """`build()`, kept until the content version changes (see the module docstring)."""
    current = content_version.current()
    if current is None:
        return build()
    key = f"derived:{FORMAT}:{name}"
    return _kept_here(key, current, lambda: _shared(key, current, build))


def _kept_here(key, stamp, build):
    """This process's copy of `key` for `stamp`, else `build()`, then kept (local.py)."""
    value = local.get(key, stamp, _MISSING)
    if value is _MISSING:
        value = build()
        local.put(key, stamp, value)
    return value


def _shared(key, current, build):
    """The shared cache's value of `key` under `current`, else `build()`, then shared."""
    cache = content_version.pages_cache()
    entry = cache.get(key)
    if isinstance(entry, tuple) and len(entry) == 2 and entry[0] == current:
        return entry[1]
    value = build()
    cache.set(key, (current, value), _timeout())
    return value


def cached_in_process(name, build):
    """`build()`, kept by this process only (local.py) until the content version
    changes: for values asked for on every request but too many to share (one per
    address), such as where a URL leads. Built and not kept while the version cannot be
    read; `build()` must return something picklable that depends on no reader."""
    current = content_version.current()
    if current is None:
        return build()
    return _kept_here(f"process:{FORMAT}:{name}", current, build)


def _data_key(name):
    return f"data-version:{FORMAT}:{name}"


def data_version(name, follows_content=False):
    """A token for data that changes apart from pages, to put in the name of anything
    `cached_derived` from it; None when nothing may be kept. `follows_content`: every
    change to this data also replaces the content version (module docstring)."""
    current = content_version.current()
    epoch = content_version.epoch()
    if current is None or epoch is None:
        return None
    cache = content_version.pages_cache()
    token = cache.get(_data_key(name))
    if token is None:
        cache.add(_data_key(name), uuid.uuid4().hex, timeout=_timeout())
        token = cache.get(_data_key(name))
    if token is None or not content_version.cache_available(cache):
        return f"{content_version.UNSHARED}.{current[1]}.{epoch}" if follows_content else None
    return f"{token}.{epoch}"


def touch_data_version(name):
    """Make everything derived under `data_version(name)` stale, for every process; if
    the page cache cannot be written, through the fallback epoch (module docstring)."""
    if content_version.pages_cache().set(_data_key(name), uuid.uuid4().hex, _timeout()) is False:
        logger.warning("Could not change the version of %s: changing the epoch", name)
        content_version.bump_epoch()


def cached_by_data(key, names, build, rendered=False, follows_content=False):
    """`build()` (picklable, not None), kept under `key` until `touch_data_version` is
    called for one of `names`; built and not kept while any name's version cannot be
    read, or, for a `rendered` document, when settings.PAGE_FRAGMENT_CACHE is off
    (module docstring; `follows_content`: see `data_version`)."""
    if rendered and not getattr(settings, "PAGE_FRAGMENT_CACHE", True):
        return build()
    tokens = [data_version(name, follows_content) for name in names]
    if any(token is None for token in tokens):
        return build()
    cache = content_version.pages_cache()
    full_key = f"by-data:{FORMAT}:{key}:{':'.join(tokens)}"
    value = local.get(full_key, BY_DATA)
    if value is not None:
        return value
    value = cache.get(full_key)
    if value is None:
        value = build()
        if value is not None:
            cache.set(full_key, value, _timeout())
    if value is not None:
        local.put(full_key, BY_DATA, value)
    return value
