"""The alert banner across app processes (issue 32): two gunicorn servers, A and B,
sharing the test database and a Redis, the page cache on. A second person approves an
alert through the admin on A; B, which already holds the page in its cache, shows the
banner within 60 s, and stops showing it within 60 s of the alert's expiry, with no
publish in between (the alert's expiry is set a few seconds ahead rather than moving
the server clock). The same with Redis stopped before the approval."""

import datetime
import http.client
import re
import time

import pytest
import requests
from django.conf import settings as django_settings
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from wagtail.models import WorkflowState

from pages.alerts.models import AlertPage
from pages.models import StandardPage
from pages.roles import MODERATORS
from tests.conftest import add_page, login_with_mfa
from tests.faults.conftest import server_env, use_cache_server
from tests.faults.servers import AppServer, RedisServer
from tests.pages.alerts.content import add_archive, alert_fields

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

URL = "/en/about/"
PREFIX = "two-servers"  # as in server_settings.py
TITLE = "Courthouse arrests: know your rights"
#: What the issue allows: the page cache keeps a page 60 s at most.
LIMIT = 60.0
#: Polling and a request's own time on a loaded machine.
SLACK = 3.0
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def _get(port, url=URL):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        conn.request("GET", url, headers={"Host": "testserver"})
        response = conn.getresponse()
        return response.status, response.getheader("X-Page-Cache"), response.read().decode()
    finally:
        conn.close()


def _has_banner(port):
    status, _cache, body = _get(port)
    assert status == 200
    return 'class="alert-banner' in body and TITLE in body


def _seconds_until(port, condition, timeout):
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        if condition(port):
            return time.monotonic() - started
        time.sleep(0.25)
    raise AssertionError(f"not within {timeout} s on port {port}")


@pytest.fixture(scope="module")
def shared_redis():
    server = RedisServer().start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def servers(django_db_setup, shared_redis):
    env = server_env(shared_redis.url)
    both = [AppServer(env, django_settings.BASE_DIR) for _ in range(2)]
    try:
        for server in both:
            server.start()
        yield [server.port for server in both]
    finally:
        for server in both:
            server.stop()


@pytest.fixture
def site_with_cached_page(settings, shared_redis, home, site_settings, servers):
    """About us and an alert waiting for review, the page in B's cache (no banner)."""
    use_cache_server(settings, shared_redis.url, prefix=PREFIX)
    settings.PAGE_CACHE_ENABLED = True
    add_page(home, StandardPage(title="About us", slug="about", search_description="x"))
    archive = add_archive(home)
    b = servers[1]
    _seconds_until(b, lambda port: _get(port)[0] == 200, 10)
    assert _get(b)[1] == "hit" and not _has_banner(b)
    return archive


def _in_review(archive, author, expires_in):
    fields = alert_fields(title=TITLE)
    fields["expires_at"] = timezone.now() + datetime.timedelta(seconds=expires_in)
    page = AlertPage(live=False, **fields)
    archive.add_child(instance=page)
    page.save_revision(user=author)
    page.get_workflow().start(page, author)
    state = WorkflowState.objects.get(object_id=str(page.pk), status="in_progress")
    return page, state.current_task_state


def _approve_on(port, page, task_state, reviewer):
    """The reviewer's browser on server A: signed in (session in the shared database),
    opens the alert in the editor and approves it."""
    client = Client()
    login_with_mfa(client, reviewer)
    browser = requests.Session()
    browser.headers["Host"] = "testserver"
    browser.cookies.set("sessionid", client.cookies["sessionid"].value)
    base = f"http://127.0.0.1:{port}"
    editor = browser.get(f"{base}{reverse('wagtailadmin_pages:edit', args=[page.pk])}")
    assert editor.status_code == 200, editor.url
    token = CSRF.search(editor.text).group(1)
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk])
    response = browser.post(
        f"{base}{url}",
        {"csrfmiddlewaretoken": token, "comment": ""},
        headers={"Referer": editor.url},
        allow_redirects=False,
    )
    assert response.status_code == 302, response.text[:500]
    page.refresh_from_db()
    assert page.live


@pytest.mark.parametrize("redis_running", [True, False], ids=["redis", "redis-stopped"])
def test_an_approved_alert_reaches_a_cached_page_on_the_other_server_and_leaves_at_expiry(
    site_with_cached_page, servers, shared_redis, make_user, redis_running
):
    a, b = servers
    author = make_user("ana", groups=[MODERATORS])
    reviewer = make_user("bo", groups=[MODERATORS])
    page, task_state = _in_review(site_with_cached_page, author, expires_in=20)
    if not redis_running:
        shared_redis.stop()
    try:
        _approve_on(a, page, task_state, reviewer)
        shown = _seconds_until(b, _has_banner, LIMIT + SLACK)
        print(f"\nbanner on B {shown:.1f} s after the approval on A")
        wait = (page.expires_at - timezone.now()).total_seconds()
        assert wait > 0, "expired before the banner was seen: raise expires_in"
        time.sleep(wait)
        gone = _seconds_until(b, lambda port: not _has_banner(port), LIMIT + SLACK)
        print(f"banner gone from B {gone:.1f} s after the expiry")
        assert not _has_banner(a)
    finally:
        if not redis_running:
            shared_redis.start()
