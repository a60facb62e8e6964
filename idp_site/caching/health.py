"""What `/health/` reports about the caches: "ok", or why a cache is degraded."""

import uuid

from django.core.cache import caches

from idp_site.caching.version import cache_available

HEALTH_KEY = "health-check"


def check_cache(aliases=("default", "pages")):
    """ "ok", or "unavailable" when a cache server failed a moment ago (its breaker is
    open) or does not store and give back a value now (stopped, hung or full)."""
    for alias in aliases:
        cache = caches[alias]
        if not cache_available(cache):
            return "unavailable"
        token = uuid.uuid4().hex
        cache.set(HEALTH_KEY, token, timeout=30)
        if cache.get(HEALTH_KEY) != token:
            return "unavailable"
    return "ok"
