"""Pages served from the page cache while the database cannot be reached.

When PostgreSQL cannot be reached (refused, restarting, timed out: the errors of
`idp_site.errors.is_database_outage`), the content version cannot be read, so the page
cache stores nothing and answers nothing fresh (version.py). A page it holds is still
served to anonymous readers, if it was stored under the *last known* version: the page
cache's half read now, with the database half this process read last. Nothing changes
while the database is out (every change is written there first), so that version is
still the newest this process knows; a process that has not read the database since it
started serves nothing stale, and its readers get the 503 page.

A stale answer is marked `X-Page-Cache: stale`, sent with `Cache-Control: no-store` (no
browser or CDN keeps it past the outage) and never stored again. Pages the cache does
not hold get the 503 page with the hotline, as before.
"""

from django.utils.cache import patch_cache_control

from idp_site.errors import is_database_outage

# What this process last read of the database half, and whether the read since failed
# because the database could not be reached.
_last = {"db_half": None, "unreachable": False}


def note_database_half(token):
    _last.update(db_half=token, unreachable=False)


def note_database_error(exc):
    _last["unreachable"] = is_database_outage(exc)


def forget():
    """Forget the last read (tests; a process playing a newly started one)."""
    _last.update(db_half=None, unreachable=False)


def lookup(cache, version_key, key):
    """The entry (status, headers, content) stored for `key` in `cache` under the last
    known version while the database is unreachable, else None. One more cache round
    trip, paid only during an outage."""
    if not _last["unreachable"] or _last["db_half"] is None:
        return None
    found = cache.get_many([version_key, key])
    cache_half, entry = found.get(version_key), found.get(key)
    if cache_half is None or not isinstance(entry, tuple) or len(entry) != 4:
        return None
    if entry[0] != (cache_half, _last["db_half"]):
        return None
    return entry[1:]


def mark(response):
    response["X-Page-Cache"] = "stale"
    del response["Cache-Control"]
    patch_cache_control(response, no_store=True)
    return response
