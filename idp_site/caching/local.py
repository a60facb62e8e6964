"""This process's own copies of recently used derived values, in front of the shared
cache: a bounded, least-recently-used store, safe because every key names the version
its value was built under.

`derived.cached_derived` and `derived.cached_by_data` look here before asking Redis, and
keep here what they read or build. An entry answers only for the exact version (or data
tokens) it was stored with, and every request reads the current version first (see
version.py), so a publish, unpublish, move, deletion or privacy change made by any
process makes every copy here stale at once, as it does in Redis. Nothing here outlives
`LOCAL_CACHE_TIMEOUT` seconds, and at most `LOCAL_CACHE_ENTRIES` entries and
`LOCAL_CACHE_BYTES` bytes are kept (the least recently used go first; a value larger
than an eighth of that is not kept), so memory stays bounded whatever the content.

Values are kept pickled (text as it is), and every read gets its own copy, as a read
from Redis would: a caller that changes what it was given changes nothing here.

Why it pays: a page reads up to a dozen derived values (menus, settings, locales,
fragments); one network round trip each cost about half of an uncached render
(docs/benchmark.md). It also keeps derived values while Redis is down, when the
version comes from PostgreSQL alone, read on every request (version.py): a copy is never
served after a change has returned, whichever process made it.
"""

import pickle
import threading
import time
from collections import OrderedDict

from django.conf import settings

_entries = OrderedDict()  # key -> (stamp, expires at, stored value, pickled?)
_lock = threading.Lock()
_held = {"bytes": 0}


def _max_entries():
    return getattr(settings, "LOCAL_CACHE_ENTRIES", 1000)


def _max_bytes():
    return getattr(settings, "LOCAL_CACHE_BYTES", 32 * 1024 * 1024)


def _timeout():
    return getattr(settings, "LOCAL_CACHE_TIMEOUT", 600)


def clear():
    """Forget every copy (tests; nothing else needs it: versions make copies stale)."""
    with _lock:
        _entries.clear()
        _held["bytes"] = 0


def get(key, stamp, default=None):
    """The value kept under `key` for `stamp` (a version or data tokens), or `default`."""
    now = time.monotonic()
    with _lock:
        entry = _entries.get(key)
        if entry is None:
            return default
        if entry[0] != stamp or entry[1] <= now:
            _drop(key)
            return default
        _entries.move_to_end(key)
    _stamp, _expires, stored, pickled = entry
    return pickle.loads(stored) if pickled else stored  # noqa: S301 - our own bytes, in memory


def put(key, stamp, value):
    """Keep `value` under `key` for `stamp`; values that cannot be pickled are skipped."""
    if isinstance(value, str):
        stored, pickled = value, False
    else:
        try:
            stored, pickled = pickle.dumps(value, pickle.HIGHEST_PROTOCOL), True
        except (pickle.PicklingError, TypeError, AttributeError):
            return
    if len(stored) > _max_bytes() // 8:
        return
    with _lock:
        _drop(key)
        _entries[key] = (stamp, time.monotonic() + _timeout(), stored, pickled)
        _held["bytes"] += len(stored)
        while len(_entries) > _max_entries() or _held["bytes"] > _max_bytes():
            _drop(next(iter(_entries)))


def _drop(key):
    """Remove `key` (the caller holds the lock)."""
    entry = _entries.pop(key, None)
    if entry is not None:
        _held["bytes"] -= len(entry[2])


def size():
    """How many entries are kept (tests, the benchmark)."""
    return len(_entries)


def held_bytes():
    """How many bytes (characters for text) the kept values take."""
    return _held["bytes"]
