"""The fail-soft Redis backend: a stopped or hung server costs a request at most one
short timeout, then the breaker skips it and the process's own memory answers instead
(as with no Redis configured); Wagtail's own site lookups keep working on it."""

import time

import pytest
from django.core.cache import caches
from wagtail.models import Site

from idp_site.caching.backend import reset_breakers
from tests.faults.conftest import use_cache_server
from tests.faults.servers import HungServer, RedisServer, unreachable_url


@pytest.fixture
def hung(settings):
    server = HungServer().start()
    use_cache_server(settings, server.url)
    settings.CACHE_BREAKER_SECONDS = 1.0
    yield caches["pages"]
    server.stop()


@pytest.fixture
def stopped(settings):
    use_cache_server(settings, unreachable_url())
    settings.CACHE_BREAKER_SECONDS = 1.0
    return caches["pages"]


def _timed(call):
    started = time.monotonic()
    result = call()
    return result, time.monotonic() - started


def test_a_hung_server_costs_one_short_timeout_then_nothing(hung, settings):
    value, first = _timed(lambda: hung.get("key", "fallback"))
    assert value == "fallback"
    assert first < 2 * settings.CACHE_SOCKET_TIMEOUT + 0.3  # connect, then one read
    assert not hung.available()
    value, second = _timed(lambda: hung.get("key", "fallback"))
    assert value == "fallback" and second < 0.01  # the breaker is open: no network
    assert caches["default"].get("other") is None  # same server: skipped as well


def test_a_stopped_server_is_replaced_by_the_process_memory(stopped):
    assert stopped.get("key") is None
    assert stopped.get_many(["a", "b"]) == {}
    assert not stopped.available()
    stopped.set("key", 1)
    assert stopped.get("key") == 1  # kept in this process while the server is away
    assert stopped.add("key", 2) is False and stopped.get_many(["key"]) == {"key": 1}
    assert stopped.incr("key") == 2
    assert stopped.delete("key") is True and stopped.get("key") is None
    with pytest.raises(ValueError):
        stopped.incr("key")
    assert not stopped.available()  # no network call was made meanwhile


def test_what_the_process_kept_is_not_read_once_the_server_is_back(settings):
    server = RedisServer().start()
    try:
        use_cache_server(settings, server.url)
        settings.CACHE_BREAKER_SECONDS = 0.3
        cache = caches["pages"]
        server.stop()
        cache.set("key", "kept during the outage")
        assert cache.get("key") == "kept during the outage"
        server.start()
        time.sleep(0.35)
        assert cache.get("key") is None  # Redis answers again: its own (empty) entry
    finally:
        server.stop()
        reset_breakers()


def test_the_breaker_closes_after_its_time_and_the_server_is_used_again(settings):
    server = RedisServer().start()
    try:
        use_cache_server(settings, server.url)
        settings.CACHE_BREAKER_SECONDS = 0.3
        cache = caches["pages"]
        cache.set("key", "stored")
        server.stop()
        assert cache.get("key") is None and not cache.available()
        server.start()
        cache.set("key", "local")
        assert cache.get("key") == "local"  # still skipped: the process's own memory
        time.sleep(0.35)
        cache.set("key", "again")
        assert cache.get("key") == "again"
    finally:
        server.stop()
        reset_breakers()


@pytest.mark.django_db
def test_wagtail_site_lookups_work_with_the_cache_down(stopped, client, home):
    assert Site.get_site_root_paths()  # Wagtail's own cache read and write, in "default"
    response = client.get("/en/")
    assert response.status_code == 200
    assert home.title in response.content.decode()
