"""Two app servers (gunicorn processes) sharing the test database and a Redis: a page
unpublished or made private is never served to an anonymous reader again by either,
also when the process that made the change could not reach Redis; a publish reaches the
other server within a second (issue 14)."""

import http.client
import time

import pytest
from django.conf import settings as django_settings
from wagtail.models import PageViewRestriction

from pages.models import StandardPage
from tests.conftest import add_page
from tests.faults.conftest import server_env, use_cache_server
from tests.faults.servers import AppServer, RedisServer, unreachable_url

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

UNREACHABLE = unreachable_url()
URL = "/en/about/"
PREFIX = "two-servers"  # as in server_settings.py: one site, one prefix
TEXT = "Original intro."


def _get(port, url=URL):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    try:
        conn.request("GET", url, headers={"Host": "testserver"})
        response = conn.getresponse()
        return response.status, response.getheader("X-Page-Cache"), response.read().decode()
    finally:
        conn.close()


def _wait_until(ports, condition, timeout):
    """Seconds until `condition(status, body)` holds on every port (or fail)."""
    started = time.monotonic()
    pending = set(ports)
    while pending and time.monotonic() - started < timeout:
        for port in list(pending):
            status, _cache, body = _get(port)
            if condition(status, body):
                pending.discard(port)
        time.sleep(0.02)
    assert not pending, f"not within {timeout} s on {pending}"
    return time.monotonic() - started


@pytest.fixture(scope="module")
def shared_redis():
    server = RedisServer().start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def app_servers(django_db_setup, shared_redis):
    env = server_env(shared_redis.url)
    servers = [AppServer(env, django_settings.BASE_DIR) for _ in range(2)]
    try:
        for server in servers:
            server.start()
        yield [server.port for server in servers]
    finally:
        for server in servers:
            server.stop()


@pytest.fixture
def publisher(settings, shared_redis):
    """This test process, as a third app server on the same Redis."""
    use_cache_server(settings, shared_redis.url, prefix=PREFIX)
    settings.PAGE_CACHE_ENABLED = True
    return settings


@pytest.fixture
def about(publisher, home, site_settings, app_servers):
    page = add_page(
        home, StandardPage(title="About us", slug="about", intro=TEXT, search_description="x")
    )
    _wait_until(app_servers, lambda status, body: status == 200 and TEXT in body, 5)
    for port in app_servers:
        assert _get(port)[1] == "hit"  # both servers now answer from the cache
    return page


def _never_served_again(ports, seconds=2.5):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        for port in ports:
            status, _cache, body = _get(port)
            assert TEXT not in body, (port, status)
        time.sleep(0.05)


def _gone(status, body):
    return TEXT not in body


def _unpublish(page):
    page.unpublish()


def _make_private(page):
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="s3cret"
    )


@pytest.mark.parametrize("change", [_unpublish, _make_private], ids=["unpublish", "private"])
@pytest.mark.parametrize("redis_reachable", [True, False], ids=["redis", "no-redis"])
def test_a_page_withdrawn_is_never_served_again(
    about, app_servers, publisher, change, redis_reachable
):
    if not redis_reachable:
        use_cache_server(publisher, UNREACHABLE, prefix=PREFIX)
    change(about)
    # Through Redis at the next request; through the database within its interval.
    limit = 1.0 if redis_reachable else publisher.CACHE_VERSION_DB_INTERVAL + 0.5
    _wait_until(app_servers, _gone, limit)
    _never_served_again(app_servers)


def test_a_publish_reaches_the_other_server_within_a_second(about, app_servers):
    about.intro = "A new intro."
    about.save_revision().publish()
    elapsed = _wait_until(app_servers, lambda status, body: "A new intro." in body, 1.0)
    print(f"\npublish visible on both servers after {elapsed * 1000:.0f} ms")


def test_a_publish_without_redis_reaches_the_other_server_within_its_interval(
    about, app_servers, publisher
):
    use_cache_server(publisher, UNREACHABLE, prefix=PREFIX)
    about.intro = "Published while Redis was unreachable."
    about.save_revision().publish()
    limit = publisher.CACHE_VERSION_DB_INTERVAL + 0.5
    elapsed = _wait_until(app_servers, lambda status, body: "while Redis" in body, limit)
    print(f"\npublish without Redis visible on both servers after {elapsed * 1000:.0f} ms")
