"""Each process's own copies of derived values (idp_site/caching/local.py): they save the
round trip to the shared cache, answer only for the version they were built under, and
keep the site quick while the cache server is stopped, without ever outliving a
change."""

import os
import signal

import pytest
from django.core.cache import caches

from idp_site.caching import local, version
from idp_site.caching.backend import reset_breakers
from idp_site.caching.derived import FORMAT, cached_derived
from pages.models import StandardPage
from tests.conftest import add_page
from tests.faults.conftest import use_cache_server
from tests.faults.servers import RedisServer, unreachable_url

pytestmark = pytest.mark.django_db


class Builds:
    """A build function that counts its calls and returns a fresh list each time."""

    def __init__(self, value="menu"):
        self.value = value
        self.calls = 0

    def __call__(self):
        self.calls += 1
        return [self.value, self.calls]


class CountingCache:
    """Counts the calls that reach the shared cache."""

    def __init__(self, monkeypatch, cache):
        self.calls = 0
        for name in ("get", "get_many"):
            real = getattr(cache, name)
            monkeypatch.setattr(cache, name, self._counted(real))

    def _counted(self, real):
        def call(*args, **kwargs):
            self.calls += 1
            return real(*args, **kwargs)

        return call


def _in_request(build, name="menu"):
    with version.request_scope():
        return cached_derived(name, build)


def test_a_value_read_again_costs_no_round_trip(monkeypatch):
    build = Builds()
    assert _in_request(build) == ["menu", 1]
    counting = CountingCache(monkeypatch, version.pages_cache())
    assert _in_request(build) == ["menu", 1]
    assert build.calls == 1
    assert counting.calls == 1  # the version only, read once per request


def test_a_change_made_by_another_process_is_seen_at_once(home, site_settings):
    build = Builds()
    _in_request(build)
    # Another process publishes: both halves of the version change.
    version.pages_cache().set(version.VERSION_KEY, "another-process", timeout=None)
    caches[version.DB_ALIAS].set(version.DB_KEY, "another-process", timeout=None)
    assert _in_request(build) == ["menu", 2]


def test_a_copy_changed_by_its_reader_is_not_changed_here():
    build = Builds()
    first = _in_request(build)
    first.append("changed by a template")
    assert _in_request(build) == ["menu", 1]


def test_copies_are_bounded(settings):
    settings.LOCAL_CACHE_ENTRIES = 3
    for n in range(10):
        _in_request(Builds(n), name=f"value-{n}")
    assert local.size() == 3


def test_copies_are_bounded_in_size(settings):
    settings.LOCAL_CACHE_BYTES = 8_000
    for n in range(10):
        _in_request(lambda n=n: f"{n}" * 900, name=f"fragment-{n}")
    assert 0 < local.held_bytes() <= 8_000
    assert local.size() < 10
    _in_request(lambda: "x" * 1_001, name="too-large")  # over an eighth: not kept
    key = f"derived:{FORMAT}:too-large"
    assert local.get(key, version.read(), "not kept") == "not kept"


def test_copies_expire(settings, monkeypatch):
    settings.LOCAL_CACHE_TIMEOUT = 0
    build = Builds()
    _in_request(build)
    counting = CountingCache(monkeypatch, version.pages_cache())
    assert _in_request(build) == ["menu", 1]
    assert counting.calls == 2  # the version, then the shared copy: the own one expired


@pytest.fixture
def stopped_cache_server(settings):
    use_cache_server(settings, unreachable_url())
    settings.CACHE_VERSION_DB_INTERVAL = 60
    return caches["pages"]


def test_with_the_cache_server_stopped_values_are_kept_per_process(stopped_cache_server):
    build = Builds()
    _in_request(build)
    _in_request(build)
    assert build.calls == 1
    with version.request_scope():
        assert version.current()[0] == version.UNSHARED


def test_with_the_cache_server_stopped_a_change_is_seen_at_the_next_request(
    stopped_cache_server, django_assert_num_queries
):
    build = Builds()
    _in_request(build)
    # Another process publishes; only the database half of the version can change. This
    # process read that half a moment ago (the interval is 60 s), and reads it again.
    caches[version.DB_ALIAS].set(version.DB_KEY, "another-process", timeout=None)
    assert _in_request(build) == ["menu", 2]
    with django_assert_num_queries(1):  # the database half, once per request
        assert _in_request(build) == ["menu", 2]


def test_a_read_made_while_the_cache_server_was_hung_is_not_trusted_once_it_answers(settings):
    """Redis frozen (SIGSTOP: it accepts, never answers), then back with what it held:
    a change recorded meanwhile in the database alone is seen at the first request
    after, although this process read the database half a moment before it."""
    server = RedisServer().start()
    try:
        use_cache_server(settings, server.url)
        settings.CACHE_VERSION_DB_INTERVAL = 60
        build = Builds()
        _in_request(build)
        os.kill(server.process.pid, signal.SIGSTOP)
        try:
            assert _in_request(build) == ["menu", 2]  # kept under the database half alone
            caches[version.DB_ALIAS].set(version.DB_KEY, "another-process", timeout=None)
        finally:
            os.kill(server.process.pid, signal.SIGCONT)
        reset_breakers()  # the breaker's time is up
        with version.request_scope():
            assert version.current()[0] != version.UNSHARED  # Redis answers again
        assert _in_request(build) == ["menu", 3]
    finally:
        server.stop()


def test_with_the_cache_server_stopped_pages_answer_with_kept_fragments(
    client, home, site_settings, stopped_cache_server, settings, django_assert_max_num_queries
):
    settings.PAGE_FRAGMENT_CACHE = True
    add_page(home, StandardPage(title="About us", slug="about", search_description="x"))
    assert client.get("/en/about/").status_code == 200
    with django_assert_max_num_queries(6):
        response = client.get("/en/about/")
    assert response.status_code == 200 and "About us" in response.content.decode()


def _sitemap(client):
    response = client.get("/sitemap-en-pages-standardpage.xml?p=1")
    assert response.status_code == 200
    return response.content.decode()


def test_with_the_cache_server_stopped_sitemap_pages_are_kept_until_a_page_changes(
    client, home, site_settings, stopped_cache_server, settings, django_assert_max_num_queries
):
    settings.PAGE_FRAGMENT_CACHE = True
    about = add_page(home, StandardPage(title="About us", slug="about", search_description="x"))
    assert "/en/about/" in _sitemap(client)
    with django_assert_max_num_queries(3):  # the section list; not the section's pages
        assert "/en/about/" in _sitemap(client)
    # Another process unpublishes the page: it writes the database half of the version
    # (it cannot reach the cache server either), which this process reads at every
    # request (the interval is 60 s).
    StandardPage.objects.filter(pk=about.pk).update(live=False)
    caches[version.DB_ALIAS].set(version.DB_KEY, "another-process", timeout=None)
    assert "/en/about/" not in _sitemap(client)
