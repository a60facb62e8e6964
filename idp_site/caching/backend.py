"""A Redis cache backend that fails soft: Django's own `RedisCache`, with every call
guarded by a circuit breaker.

Configure it like `RedisCache`, with short socket timeouts in OPTIONS (redis-py's
`socket_connect_timeout` and `socket_timeout`, in seconds), so that a hung server costs a
request at most one timeout::

    "BACKEND": "idp_site.caching.backend.FailSoftRedisCache",
    "LOCATION": "redis://cache:6379/0",
    "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},

Any error (server stopped, hung, full, a value this code cannot read) is logged once and
opens the breaker: for `CACHE_BREAKER_SECONDS` every alias on the same server is skipped
without a network call. Meanwhile each alias answers from a bounded local-memory cache of
its own, the backend a site with no Redis configured uses: a stopped Redis then costs no
more than having none. That is safe because nothing content code keeps is trusted
without the content version, which is read from PostgreSQL on every request while Redis
does not answer (version.py); what this process kept before the outage is judged by the
same version. Callers that must know whether the server answered ask `available()`.

Wagtail reads the "default" alias on every page URL it builds (site root paths), so that
alias uses this backend too: a cache outage then costs speed, never a 500.
"""

import logging
import time

from django.conf import settings
from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.locmem import LocMemCache
from django.core.cache.backends.redis import RedisCache, RedisCacheClient

logger = logging.getLogger("idp.cache")

# Per server location: the monotonic time until which it is skipped. Entries expire by
# their own value; the dict holds one float per configured server.
_open_until = {}


# Entries each alias keeps in memory while its server does not answer.
FALLBACK_ENTRIES = 2000


def _breaker_seconds():
    return getattr(settings, "CACHE_BREAKER_SECONDS", 5.0)


def reset_breakers():
    """Close every breaker (tests; a process that knows the server is back)."""
    _open_until.clear()


class ReusedClients(RedisCacheClient):
    """Django's Redis client holder, keeping one redis-py client per connection pool.

    Django's own builds a new `redis.Redis` for every call, and with it a table of some
    170 response callbacks: a tenth of a cache hit's time. A redis-py client is safe to
    share (its pool hands out the connections), and Django leaves room for a client of
    one's own (its `get_client` takes the key for that purpose)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = super().get_client(key, write=write)
        return client


class FailSoftRedisCache(RedisCache):
    """`RedisCache` whose calls never raise and skip the server while it is failing."""

    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusedClients
        self._location = str(server)
        # LocMemCache instances of one name share their entries across threads.
        self._fallback = LocMemCache(
            f"fail-soft:{self._location}:{self.key_prefix}",
            {"KEY_PREFIX": self.key_prefix, "OPTIONS": {"MAX_ENTRIES": FALLBACK_ENTRIES}},
        )

    def available(self):
        """False while the breaker is open (the last call failed a moment ago)."""
        return _open_until.get(self._location, 0.0) <= time.monotonic()

    def _guard(self, call, fallback):
        """`call()` on the server, or `fallback()` on the local cache while it fails."""
        if not self.available():
            return fallback()
        try:
            return call()
        except Exception as error:  # noqa: BLE001 - any failure of an optional cache
            _open_until[self._location] = time.monotonic() + _breaker_seconds()
            logger.warning(
                "Cache %s failed (%s: %s); skipping it for %ss",
                self._location,
                type(error).__name__,
                error,
                _breaker_seconds(),
            )
            return fallback()

    def get(self, key, default=None, version=None):
        parent = super().get
        return self._guard(
            lambda: parent(key, default, version), lambda: self._fallback.get(key, default, version)
        )

    def get_many(self, keys, version=None):
        parent = super().get_many
        return self._guard(
            lambda: parent(keys, version), lambda: self._fallback.get_many(keys, version)
        )

    def has_key(self, key, version=None):
        parent = super().has_key
        return self._guard(
            lambda: parent(key, version), lambda: self._fallback.has_key(key, version)
        )

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        parent = super().set
        return self._guard(
            lambda: parent(key, value, timeout, version),
            lambda: self._fallback.set(key, value, timeout, version),
        )

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        parent = super().add
        return self._guard(
            lambda: parent(key, value, timeout, version),
            lambda: self._fallback.add(key, value, timeout, version),
        )

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        parent = super().set_many
        return self._guard(
            lambda: parent(data, timeout, version),
            lambda: self._fallback.set_many(data, timeout, version),
        )

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        parent = super().touch
        return self._guard(
            lambda: parent(key, timeout, version),
            lambda: self._fallback.touch(key, timeout, version),
        )

    def delete(self, key, version=None):
        parent = super().delete
        return self._guard(
            lambda: parent(key, version), lambda: self._fallback.delete(key, version)
        )

    def delete_many(self, keys, version=None):
        parent = super().delete_many
        return self._guard(
            lambda: parent(keys, version), lambda: self._fallback.delete_many(keys, version)
        )

    def incr(self, key, delta=1, version=None):
        parent = super().incr
        return self._guard(
            lambda: parent(key, delta, version), lambda: self._fallback.incr(key, delta, version)
        )

    def clear(self):
        self._fallback.clear()
        return self._guard(super().clear, lambda: False)
